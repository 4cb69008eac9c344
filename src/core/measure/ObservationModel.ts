/**
 * How a measure turns a client's true outcome Y into an observation, as numbers the kernel
 * and the closed forms share. A client's *signal* S is Y with probability `validity` and
 * otherwise an unrelated Bernoulli(otherwiseRate) (case mix, the municipality's own
 * decisions). The measure then observes S:
 *  - binary: recorded good with probability sensitivity if S = 1, 1 − specificity if S = 0;
 *  - rating: the client answers with probability responseRate (× unhappyResponseRatio if
 *    S = 0) and not "don't know"; the answer is good if the client gives the top rating
 *    anyway (ceiling) or S − sexGap·female + noise lies above ½;
 *  - assessment: good if S − genderBias·female + inter-rater noise lies above the level's
 *    threshold (¼ for approved, ¾ for very good), moved down by the segment's `raterShift`
 *    where a district's social workers assess more leniently (up where more strictly).
 */
import type { MeasureKind } from '../model/EngineParams.js';
import type { MeasureParams } from '../model/MeasureModel.js';
import { normalCdf } from '../rng/normalCdf.js';

export const RATING_THRESHOLD = 0.5;
export const ASSESSMENT_THRESHOLDS = { approved: 0.25, veryGood: 0.75 } as const;

export interface ObservationModel {
  kind: MeasureKind;
  validity: number;
  otherwiseRate: number;
  /** binary */
  sensitivity: number;
  falsePositive: number;
  /** rating and assessment */
  noiseSd: number;
  femaleShift: number;
  threshold: number;
  ceiling: number;
  respondGood: number;
  respondPoor: number;
  dontKnow: number;
  /** P(recorded good | S, female) at [2*S + female]. */
  goodGivenSignal: Float64Array;
  /** P(responds | S) at [S]: respondPoor, respondGood (the kernel indexes it by S, no branch). */
  respondGivenSignal: Float64Array;
  /** P(responds and is counted | S) at [S]. */
  countedGivenSignal: Float64Array;
  /** P(counted and good | Y, female) at [2*Y + female], and P(counted | Y) at [Y]. */
  countedGoodGivenTrue: Float64Array;
  countedGivenTrue: Float64Array;
}

function tail(x: number, sd: number): number {
  // P(x + sd·N > 0)
  if (sd <= 0) return x > 0 ? 1 : 0;
  return normalCdf(x / sd);
}

export function observationModel(kind: MeasureKind, p: MeasureParams, raterShift = 0): ObservationModel {
  const isRating = kind === 'rating';
  // A shift of 0 leaves the threshold's bits as they are.
  const threshold = kind === 'assessment' ? ASSESSMENT_THRESHOLDS[p.successLevel] - raterShift : RATING_THRESHOLD;
  const noiseSd = kind === 'assessment' ? p.interRaterSd : p.ratingNoiseSd;
  const femaleShift = kind === 'assessment' ? -p.genderBias : -p.sexGap;
  const ceiling = isRating ? p.ceiling : 0;
  const good = new Float64Array(4);
  for (let s = 0; s < 2; s++) {
    for (let f = 0; f < 2; f++) {
      good[2 * s + f] = kind === 'binary'
        ? (s ? p.sensitivity : 1 - p.specificity)
        : ceiling + (1 - ceiling) * tail(s + f * femaleShift - threshold, noiseSd);
    }
  }
  const respondGood = isRating ? p.responseRate : 1;
  const respondPoor = isRating ? p.responseRate * p.unhappyResponseRatio : 1;
  const dontKnow = isRating ? p.dontKnowShare : 0;
  const counted = Float64Array.of(respondPoor * (1 - dontKnow), respondGood * (1 - dontKnow));
  const cg = new Float64Array(4);
  const ct = new Float64Array(2);
  for (let y = 0; y < 2; y++) {
    const pS1 = p.validity * y + (1 - p.validity) * p.otherwiseRate;
    ct[y] = pS1 * counted[1] + (1 - pS1) * counted[0];
    for (let f = 0; f < 2; f++) cg[2 * y + f] = pS1 * counted[1] * good[2 + f] + (1 - pS1) * counted[0] * good[f];
  }
  return {
    kind, validity: p.validity, otherwiseRate: p.otherwiseRate,
    sensitivity: p.sensitivity, falsePositive: 1 - p.specificity,
    noiseSd, femaleShift, threshold, ceiling, respondGood, respondPoor, dontKnow,
    goodGivenSignal: good, respondGivenSignal: Float64Array.of(respondPoor, respondGood), countedGivenSignal: counted, countedGoodGivenTrue: cg, countedGivenTrue: ct,
  };
}

/**
 * P(recorded good | counted) for a client whose true good outcome has probability p:
 * the provider-level "true score" of a measure, used for reliability and risk adjustment.
 */
export function goodGivenCounted(m: ObservationModel, p: number, female: number): number {
  const num = p * m.countedGoodGivenTrue[2 + female] + (1 - p) * m.countedGoodGivenTrue[female];
  const den = p * m.countedGivenTrue[1] + (1 - p) * m.countedGivenTrue[0];
  return den > 0 ? num / den : 0;
}
