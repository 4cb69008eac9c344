/**
 * What providers' behaviour adds to a run's state: each provider's current choices (extra
 * effort, shift towards the measure, the need above which it declines) and the effects they
 * give, plus the run's behaviour tallies. Kept apart from RunState so that a run without any
 * behaviour has exactly the state it always had.
 */
import { settleTallies } from '../state/RunState.js';
import { ArrayArena } from '../state/ArrayArena.js';

export class BehaviourState {
  /** Extra effort in [0, 1] chosen for the current period. */
  readonly effort: Float64Array;
  /** Log-odds moved from the unmeasured to the measured outcome. */
  readonly shift: Float64Array;
  /** Observed need above which a referral is declined (+Infinity: take everyone). */
  readonly declineAbove: Float64Array;
  /** The share of its referrals the provider expects to take, given its threshold. */
  readonly acceptShare: Float64Array;
  /** The provider's effect on the unmeasured outcome (relapse after discharge). */
  readonly effectUnmeasured: Float64Array;
  // run tallies
  effortSum = 0; effortMonths = 0;
  unmeasuredGood = 0;
  untreated = 0;
  auditedReports = 0; reportSanctions = 0;

  constructor(readonly providers: number, effect: Float64Array) {
    const a = new ArrayArena(ArrayArena.bytes(5 * providers, 0, 0, 5));
    const f = (): Float64Array => a.f64(providers);
    this.effort = f(); this.shift = f();
    this.declineAbove = f().fill(Infinity);
    this.acceptShare = f().fill(1);
    this.effectUnmeasured = f();
    this.effectUnmeasured.set(effect);
    // Mutable doubles from the start, so the first run does not change this object's map (RunState).
    settleTallies(this, ['effortSum', 'effortMonths', 'unmeasuredGood', 'untreated', 'auditedReports', 'reportSanctions']);
  }

  /** A new provider in slot j starts as a provider does before its first decision. */
  resetProvider(j: number, effect: number): void {
    this.effort[j] = 0; this.shift[j] = 0;
    this.declineAbove[j] = Infinity; this.acceptShare[j] = 1;
    this.effectUnmeasured[j] = effect;
  }
}
