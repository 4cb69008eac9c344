/**
 * Reliability of a provider's observed rate in closed form (docs/model.md §7):
 *   R = s²_b / (s²_b + E[τ(1 − τ) / n_counted]),
 * where τ(δ) is the provider's true score, P(recorded good | counted), for a provider of
 * effect δ ~ N(μ, σ), s²_b = Var_δ τ(δ), and n_counted = n · P(counted | δ) for n discharged
 * clients per period. τ uses the engine's observation model (its conditional probabilities
 * are checked against first principles in test/core/measure).
 */
import type { ObservationModel } from '../../src/core/measure/ObservationModel.js';
import { meanGood, overProviders, type Cohort } from './cohortClosedForms.js';

export interface ProviderScore {
  tau: number;
  counted: number;
}

/**
 * True score and counted share of a provider whose clients have mean P(good) = pBar.
 * Counted and recorded-good probabilities are linear in a client's p, so only the mean matters.
 */
export function providerScore(om: ObservationModel, pBar: number, shareFemale: number): ProviderScore {
  const counted = pBar * om.countedGivenTrue[1] + (1 - pBar) * om.countedGivenTrue[0];
  let good = 0;
  for (let f = 0; f < 2; f++) {
    const w = f ? shareFemale : 1 - shareFemale;
    good += w * (pBar * om.countedGoodGivenTrue[2 + f] + (1 - pBar) * om.countedGoodGivenTrue[f]);
  }
  return { tau: counted > 0 ? good / counted : 0, counted };
}

export interface ReliabilityInputs {
  om: ObservationModel;
  cohort: Cohort;
  qualityMean: number;
  qualitySd: number;
  shareFemale: number;
  /** Discharged clients per provider and period. */
  n: number;
}

export function reliabilityClosedForm(x: ReliabilityInputs): number {
  // The three integrals visit the same grid of δ; compute each provider's score once.
  const cache = new Map<number, ProviderScore>();
  const score = (d: number): ProviderScore => {
    let s = cache.get(d);
    if (!s) { s = providerScore(x.om, meanGood(x.cohort, d), x.shareFemale); cache.set(d, s); }
    return s;
  };
  const mean = overProviders(x.qualityMean, x.qualitySd, (d) => score(d).tau, 80);
  const between = overProviders(x.qualityMean, x.qualitySd, (d) => (score(d).tau - mean) ** 2, 80);
  const within = overProviders(x.qualityMean, x.qualitySd, (d) => {
    const s = score(d);
    return (s.tau * (1 - s.tau)) / (x.n * s.counted);
  }, 80);
  return between / (between + within);
}

/** Spearman–Brown: reliability of a mean of k parallel measurements. */
export function spearmanBrown(r: number, k: number): number {
  return (k * r) / (1 + (k - 1) * r);
}
