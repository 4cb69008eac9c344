/**
 * A provider's plan for the coming payment period, from what it can know: its expected
 * occupancy (its share of the segment's referrals, the share it accepts, its capacity), the
 * client-months, per-diem base and discharges that follow, and its expectation for one
 * discharge at its current effect and client mix. One plan per segment, reused.
 */
import { normalCdf } from '../rng/normalCdf.js';
import { DAYS_PER_MONTH } from '../model/daysPerMonth.js';
import type { RunState } from '../state/RunState.js';
import type { BehaviourState } from './BehaviourState.js';
import { dischargeOutlook, type Outlook } from './dischargeOutlook.js';
import { normalNodes } from '../maths/normalNodes.js';
import type { SegmentView } from './SegmentView.js';

/** Nodes for expectations over need; enough to follow a decline threshold through the mix. */
export const NEED_NODES = normalNodes(16);
/** Below this the accepted mix is smoothed, so a sharp threshold still moves the expectation. */
const MIN_MIX_SD = 0.15;

export class SegmentPlan {
  readonly clientMonths: Float64Array;
  readonly base: Float64Array;
  readonly discharges: Float64Array;
  /** Expected measured clients, successes and expected-rate sum at the current effect. */
  readonly measured: Float64Array;
  readonly successes: Float64Array;
  readonly expectedSum: Float64Array;
  /** Need nodes' weights of each provider's accepted mix: [k * nodes + i]. */
  readonly mix: Float64Array;
  readonly rates: Float64Array;
  reference = NaN;
  private readonly outlook: Outlook = { counted: 0, good: 0, expected: 0 };

  constructor(readonly size: number) {
    const f = (): Float64Array => new Float64Array(size);
    this.clientMonths = f(); this.base = f(); this.discharges = f();
    this.measured = f(); this.successes = f(); this.expectedSum = f(); this.rates = f();
    this.mix = new Float64Array(size * NEED_NODES.x.length);
  }

  /** Fill the plan for segment `v` with each provider's current effect (RunState.effect). */
  fill(v: SegmentView, s: RunState, b: BehaviourState, periodMonths: number, noiseSd: number): void {
    let weightSum = 0;
    for (let k = 0; k < v.count; k++) if (s.active[v.offset + k]) weightSum += s.weight[v.offset + k];
    const { x } = NEED_NODES;
    const mixSd = Math.max(noiseSd, MIN_MIX_SD);
    let good = 0, counted = 0;
    for (let k = 0; k < v.count; k++) {
      const j = v.offset + k;
      this.accepted(k, b.declineAbove[j], mixSd);
      if (!s.active[j] || weightSum <= 0) { this.clear(k); continue; }
      const inflow = (v.referralRate * s.weight[j]) / weightSum;
      const occupancy = Math.min(v.capacity, inflow * v.meanLength * b.acceptShare[j]);
      this.clientMonths[k] = occupancy * periodMonths;
      this.base[k] = this.clientMonths[k] * DAYS_PER_MONTH * v.pricePerDay;
      this.discharges[k] = (occupancy / v.meanLength) * periodMonths;
      const o = dischargeOutlook(v, s.effect[j], x, this.mix, this.outlook, k * x.length);
      this.measured[k] = this.discharges[k] * o.counted;
      this.successes[k] = this.discharges[k] * o.good;
      this.expectedSum[k] = this.discharges[k] * o.expected;
      good += this.successes[k];
      counted += this.measured[k];
    }
    this.reference = counted > 0 ? good / counted : NaN;
    for (let k = 0; k < v.count; k++) {
      const m = this.measured[k];
      const raw = m > 0 ? this.successes[k] / m : NaN;
      const e = m > 0 && this.expectedSum[k] > 0 ? this.expectedSum[k] / m : NaN;
      this.rates[k] = v.riskAdjusted && e > 0 ? (raw / e) * this.reference : raw;
    }
  }

  /** Weights of the need nodes among accepted clients: P(seen need ≤ threshold | need). */
  private accepted(k: number, threshold: number, sd: number): void {
    const { x, w } = NEED_NODES;
    let total = 0;
    for (let i = 0; i < x.length; i++) {
      const a = threshold === Infinity ? w[i] : w[i] * normalCdf((threshold - x[i]) / sd);
      this.mix[k * x.length + i] = a;
      total += a;
    }
    for (let i = 0; i < x.length; i++) this.mix[k * x.length + i] = total > 0 ? this.mix[k * x.length + i] / total : w[i];
  }

  private clear(k: number): void {
    this.clientMonths[k] = 0; this.base[k] = 0; this.discharges[k] = 0;
    this.measured[k] = 0; this.successes[k] = 0; this.expectedSum[k] = 0;
  }
}
