/**
 * Each provider's true score on the measure (measure/providerTrueScore: Gauss–Hermite over
 * need, age bands and sex, 48 logistics a provider) is a pure function of about a dozen
 * numbers, and with a fixed market and no behaviour those numbers are the same in every run.
 * So each compiled scenario keeps the last inputs and score of every provider and recomputes
 * only what changed: the same numbers, computed once instead of once a run. Two such memos per
 * compiled scenario: the score with the provider's case mix (settlement's τ) and with quality
 * alone (simulate/extraReliability's τq, over the whole client population).
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { SegmentView } from '../behaviour/SegmentView.js';
import type { ObservationModel } from '../measure/ObservationModel.js';
import { providerTrueScore } from '../measure/providerTrueScore.js';
import type { RunState } from '../state/RunState.js';

/** Inputs kept per provider: the measure's four + two probabilities, a0, b, share female, need mean and scale, effect. */
const KEY = 12;

class TrueScoreMemo {
  readonly keys: Float64Array;
  readonly scores: Float64Array;
  constructor(providers: number) {
    this.keys = new Float64Array(providers * KEY).fill(NaN);
    this.scores = new Float64Array(providers);
  }
}

const caseMixMemos = new WeakMap<CompiledScenario, TrueScoreMemo>();
const qualityMemos = new WeakMap<CompiledScenario, TrueScoreMemo>();

function memoOf(memos: WeakMap<CompiledScenario, TrueScoreMemo>, c: CompiledScenario): TrueScoreMemo {
  let memo = memos.get(c);
  if (!memo) { memo = new TrueScoreMemo(c.providerCount); memos.set(c, memo); }
  return memo;
}

/** s.trueScoreRate for every provider, from its current effect and case mix. */
export function updateTrueScores(c: CompiledScenario, om: ObservationModel, views: readonly SegmentView[], needScale: readonly number[], s: RunState): void {
  const memo = memoOf(caseMixMemos, c);
  for (let j = 0; j < c.providerCount; j++) {
    const g = c.providerSegment[j];
    const v = views[g];
    // Each segment's own observation model (the same object as `om` unless its raters differ).
    s.trueScoreRate[j] = memoised(memo, j, v.om, v, s.needMean[j], needScale[g], s.effect[j]);
  }
}

/**
 * Every provider's true score with quality alone as signal (need N(0, 1), no case mix), under
 * observation model `om`, into `out`: one memo lookup for the lot, not one per provider.
 */
export function qualityTrueScores(c: CompiledScenario, om: ObservationModel, views: readonly SegmentView[], effect: Float64Array, out: Float64Array): void {
  const memo = memoOf(qualityMemos, c);
  for (let j = 0; j < c.providerCount; j++) out[j] = memoised(memo, j, om, views[c.providerSegment[j]], 0, 1, effect[j]);
}

/** providerTrueScore, recomputed only when one of its inputs moved since the memo last saw provider j. */
function memoised(memo: TrueScoreMemo, j: number, m: ObservationModel, v: SegmentView, needMean: number, needScale: number, effect: number): number {
  const { keys, scores } = memo;
  const cg = m.countedGoodGivenTrue, ct = m.countedGivenTrue;
  const o = j * KEY;
  // Compared and stored in place, not gathered into an array first (garbage for every provider and run).
  let same = true;
  same = keep(keys, o, cg[0], same); same = keep(keys, o + 1, cg[1], same); same = keep(keys, o + 2, cg[2], same); same = keep(keys, o + 3, cg[3], same);
  same = keep(keys, o + 4, ct[0], same); same = keep(keys, o + 5, ct[1], same); same = keep(keys, o + 6, v.a0, same); same = keep(keys, o + 7, v.b, same);
  same = keep(keys, o + 8, v.shareFemale, same); same = keep(keys, o + 9, needMean, same); same = keep(keys, o + 10, needScale, same);
  same = keep(keys, o + 11, effect, same);
  // Age bands (shares and shifts) are fixed when the scenario is compiled.
  if (!same) scores[j] = providerTrueScore(m, v, needMean, needScale, effect);
  return scores[j];
}

/** Store x at keys[i]; true if it was already there and `same` was true. */
function keep(keys: Float64Array, i: number, x: number, same: boolean): boolean {
  if (keys[i] === x) return same;
  keys[i] = x;
  return false;
}
