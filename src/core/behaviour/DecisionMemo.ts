/**
 * Providers' decisions are a pure function of what they can know: the market (weights,
 * active contracts) and the current choices of everyone (effort, shift, decline threshold).
 * When none of that has changed since the last decision, the decision would repeat itself,
 * so it is skipped. Choices on a grid must match exactly; a threshold found by bisection
 * counts as unchanged within a millionth of a standard deviation of need.
 */
import type { RunState } from '../state/RunState.js';
import type { BehaviourState } from './BehaviourState.js';

const THRESHOLD_TOLERANCE = 1e-6;

export class DecisionMemo {
  private filled = false;
  private readonly weight: Float64Array;
  private readonly active: Uint8Array;
  private readonly effort: Float64Array;
  private readonly shift: Float64Array;
  private readonly decline: Float64Array;

  constructor(providers: number) {
    this.weight = new Float64Array(providers); this.active = new Uint8Array(providers);
    this.effort = new Float64Array(providers); this.shift = new Float64Array(providers); this.decline = new Float64Array(providers);
  }

  /** True when the inputs equal those of the last decision; otherwise remembers them. */
  unchanged(s: RunState, b: BehaviourState): boolean {
    if (this.filled && this.same(s, b)) return true;
    this.weight.set(s.weight); this.active.set(s.active); this.effort.set(b.effort); this.shift.set(b.shift); this.decline.set(b.declineAbove);
    this.filled = true;
    return false;
  }

  private same(s: RunState, b: BehaviourState): boolean {
    for (let j = 0; j < this.weight.length; j++) {
      if (s.weight[j] !== this.weight[j] || s.active[j] !== this.active[j] || b.effort[j] !== this.effort[j] || b.shift[j] !== this.shift[j]) return false;
      const d = b.declineAbove[j], e = this.decline[j];
      if (d !== e && !(Math.abs(d - e) <= THRESHOLD_TOLERANCE)) return false;
    }
    return true;
  }
}
