/**
 * A provider's true score on the measure: the recorded-good rate among counted clients that
 * its quality and its case mix give in expectation over the clients it is sent (need
 * z ~ N(mean, scale²), age bands, sex), by Gauss–Hermite quadrature. Chance differences in
 * the clients a provider happened to get are noise, not signal; stable case mix is signal
 * (it repeats period after period), which makes this the test–retest reliability's τ.
 */
import { normalNodes } from '../maths/normalNodes.js';
import { logistic } from '../rng/logistic.js';
import type { ObservationModel } from './ObservationModel.js';

export interface CohortShape {
  a0: number;
  b: number;
  bandShift: Float64Array;
  bandShare: Float64Array;
  shareFemale: number;
}

const NODES = 16;

export function providerTrueScore(om: ObservationModel, cohort: CohortShape, needMean: number, needScale: number, effect: number): number {
  const { x, w } = normalNodes(NODES);
  const cg = om.countedGoodGivenTrue, ct = om.countedGivenTrue;
  const f = cohort.shareFemale;
  let num = 0, den = 0;
  for (let i = 0; i < NODES; i++) {
    const z = needMean + needScale * x[i];
    for (let k = 0; k < cohort.bandShare.length; k++) {
      const p = logistic(cohort.a0 - cohort.b * z + cohort.bandShift[k] + effect);
      const weight = w[i] * cohort.bandShare[k];
      num += weight * ((1 - f) * (p * cg[2] + (1 - p) * cg[0]) + f * (p * cg[3] + (1 - p) * cg[1]));
      den += weight * (p * ct[1] + (1 - p) * ct[0]);
    }
  }
  return den > 0 ? num / den : 0;
}
