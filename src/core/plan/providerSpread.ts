/**
 * How much providers of a segment truly differ on the measure, in closed form: the mean and
 * variance across providers of the recorded rate their quality and case mix give
 * (providerTrueScore over quality ~ N(mean, sd²) and mean need ~ N(0, caseMixSd²), by
 * Gauss–Hermite quadrature in both). With n measured clients a provider's observed rate adds
 * binomial noise p̄(1 − p̄)/n, so the reliability of one provider's rate is
 * R = s²_b / (s²_b + p̄(1 − p̄)/n) (the engine's measurement.reliability, README "Reliability").
 */
import type { RunParams } from '../compile/drawRunParams.js';
import { normalNodes } from '../maths/normalNodes.js';
import { providerTrueScore } from '../measure/providerTrueScore.js';
import { careDose, type TypicalProvider } from './typicalProvider.js';

export interface ProviderSpread {
  mean: number;
  /** Variance across providers of the recorded rate they would show with infinitely many clients. */
  between: number;
}

const NODES = 12;

export function providerSpread(P: RunParams, tp: TypicalProvider): ProviderSpread {
  const sp = P.segments[tp.segment];
  const dose = careDose(P);
  const { x, w } = normalNodes(NODES);
  let m1 = 0, m2 = 0;
  for (let i = 0; i < NODES; i++) {
    const effect = (sp.qualityMean + sp.qualitySd * x[i]) * dose;
    for (let k = 0; k < NODES; k++) {
      const r = providerTrueScore(tp.om, tp.view, sp.caseMixSd * x[k], tp.needScale, effect);
      const weight = w[i] * w[k];
      m1 += weight * r; m2 += weight * r * r;
    }
  }
  return { mean: m1, between: Math.max(0, m2 - m1 * m1) };
}

/** Reliability of one provider's observed rate with n measured clients. */
export function reliabilityAt(s: ProviderSpread, n: number): number {
  const within = (s.mean * (1 - s.mean)) / n;
  return s.between + within > 0 ? s.between / (s.between + within) : 0;
}
