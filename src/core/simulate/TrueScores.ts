/**
 * Each provider's true score on the measure (measure/providerTrueScore: Gauss–Hermite over
 * need, age bands and sex, 48 logistics a provider) is a pure function of about a dozen
 * numbers, and with a fixed market and no behaviour those numbers are the same in every run.
 * So each compiled scenario keeps the last inputs and score of every provider and recomputes
 * only what changed: the same numbers, computed once instead of once a run.
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

const memos = new WeakMap<CompiledScenario, TrueScoreMemo>();

/** s.trueScoreRate for every provider, from its current effect and case mix. */
export function updateTrueScores(c: CompiledScenario, om: ObservationModel, views: readonly SegmentView[], needScale: readonly number[], s: RunState): void {
  let memo = memos.get(c);
  if (!memo) { memo = new TrueScoreMemo(c.providerCount); memos.set(c, memo); }
  const { keys, scores } = memo;
  for (let j = 0; j < c.providerCount; j++) {
    const g = c.providerSegment[j];
    const v = views[g];
    // Each segment's own observation model (the same object as `om` unless its raters differ).
    const m = v.om;
    const cg = m.countedGoodGivenTrue, ct = m.countedGivenTrue;
    const o = j * KEY;
    const key = [cg[0], cg[1], cg[2], cg[3], ct[0], ct[1], v.a0, v.b, v.shareFemale, s.needMean[j], needScale[g], s.effect[j]];
    let same = true;
    for (let i = 0; i < KEY; i++) if (keys[o + i] !== key[i]) { same = false; keys[o + i] = key[i]; }
    // Age bands (shares and shifts) are fixed when the scenario is compiled.
    if (!same) scores[j] = providerTrueScore(m, v, s.needMean[j], needScale[g], s.effect[j]);
    s.trueScoreRate[j] = scores[j];
  }
}
