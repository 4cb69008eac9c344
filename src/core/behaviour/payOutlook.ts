/**
 * What each provider of a segment expects the rule in force to pay it for the coming payment
 * period, and how much that varies: the mean and standard deviation of its payment over the
 * binomial spread of its observed successes, at its current effect and client mix, the others
 * held at their believed figures (the rule probe, as effort uses it). Variation in referrals is
 * left out: it is there under today's per diem as well.
 */
import type { PaymentRule } from '../model/PaymentRule.js';
import { binomialWeights } from './binomialWeights.js';
import { dischargeOutlook, type Outlook } from './dischargeOutlook.js';
import type { RuleProbe } from './RuleProbe.js';
import { NEED_NODES, type SegmentPlan } from './SegmentPlan.js';
import type { SegmentView } from './SegmentView.js';

export class PayOutlook {
  readonly mean: Float64Array;
  readonly sd: Float64Array;
  private readonly n: Float64Array;
  private readonly perMeasured: Float64Array;
  private readonly rho: Float64Array;
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  private weights = new Float64Array(0);
  /** Payment of row k at count position i: [i * size + k]. */
  private paid = new Float64Array(0);
  private readonly outlook: Outlook = { counted: 0, good: 0, expected: 0 };

  constructor(readonly size: number) {
    const f = (): Float64Array => new Float64Array(size);
    this.mean = f(); this.sd = f(); this.n = f(); this.perMeasured = f(); this.rho = f();
    this.lo = new Int32Array(size); this.hi = new Int32Array(size);
  }

  /** Fill mean and sd for segment `v`; `plan` is filled and `probe` believes the plan. */
  fill(v: SegmentView, effect: ArrayLike<number>, plan: SegmentPlan, probe: RuleProbe, rule: PaymentRule, params: unknown): void {
    const { x } = NEED_NODES;
    const { n, perMeasured, rho, lo, hi } = this;
    let widest = 1;
    for (let k = 0; k < v.count; k++) {
      n[k] = 0; perMeasured[k] = 0; rho[k] = 0; lo[k] = 0; hi[k] = 0;
      if (plan.discharges[k] <= 0) continue;
      const o = dischargeOutlook(v, effect[v.offset + k], x, plan.mix, this.outlook, k * x.length);
      n[k] = Math.round(plan.discharges[k] * o.counted);
      perMeasured[k] = o.counted > 0 ? o.expected / o.counted : 0;
      rho[k] = o.counted > 0 ? o.good / o.counted : 0;
      widest = Math.max(widest, n[k] + 1);
    }
    if (this.weights.length < widest * v.count) this.weights = new Float64Array(widest * v.count);
    let width = 1;
    for (let k = 0; k < v.count; k++) {
      const r = binomialWeights(n[k], rho[k], this.weights, k * widest);
      lo[k] = r.lo; hi[k] = r.hi;
      width = Math.max(width, r.hi - r.lo + 1);
    }
    if (this.paid.length < width * this.size) this.paid = new Float64Array(width * this.size);
    this.mean.fill(0, 0, v.count);
    for (let i = 0; i < width; i++) {
      for (let k = 0; k < v.count; k++) {
        const span = hi[k] - lo[k];
        probe.setRow(k, plan.clientMonths[k], plan.base[k], n[k], lo[k] + Math.min(i, span), n[k] * perMeasured[k]);
      }
      const pay = probe.pay(rule, params);
      for (let k = 0; k < v.count; k++) {
        this.paid[i * this.size + k] = pay[k];
        if (i <= hi[k] - lo[k]) this.mean[k] += this.weights[k * widest + i] * pay[k];
      }
    }
    // Variance about the mean in a second pass: exact zero under a flat per diem.
    for (let k = 0; k < v.count; k++) {
      let variance = 0;
      for (let i = 0; i <= hi[k] - lo[k]; i++) { const d = this.paid[i * this.size + k] - this.mean[k]; variance += this.weights[k * widest + i] * d * d; }
      this.sd[k] = Math.sqrt(variance);
    }
  }
}
