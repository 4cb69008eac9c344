/**
 * What the rule in force would pay for hypothetical figures: one row per provider of a segment,
 * each row the provider's own "what if", the other providers held at the figures it believes
 * they will have. Ranks and deviation flags of a row are computed against those believed
 * figures (not against the other hypothetical rows), so a row's payment is a best-response
 * payoff even under relative rules. One call prices every provider of the segment at once,
 * which keeps behaviour at the level of provider and period (never per client).
 *
 * Rates, flags and the cap and floor come from settle/settlementRules, the same functions the
 * settlement uses, and ranks break ties in provider order as the settlement does: with every
 * row at its believed figures, the probe pays exactly what settlement pays
 * (test/core/behaviour/probeEqualsSettlement.test.ts).
 */
import type { PaymentRule, PeriodInputs } from '../model/PaymentRule.js';
import { deviationZ, limitPayment, ruleRate, testablePooledRate, type SettlementSettings } from '../settle/settlementRules.js';

export class RuleProbe {
  readonly rows: PeriodInputs;
  /** Expected-rate sum (risk adjustment) of each row. */
  readonly expectedSum: Float64Array;
  private readonly out: Float64Array;
  private readonly believed: Float64Array;
  /** Believed rates of the ranked providers, highest first, ties in provider order, and their providers. */
  private sortedRate: Float64Array;
  private sortedIndex: Int32Array;
  private order: number[] = [];
  private eligible = 0;
  private reference = NaN;
  private pooled = NaN;
  private settings: SettlementSettings = { months: 1, riskAdjusted: false, zCritical: 2, minClients: 1, limitsEnabled: false, capShare: 0, floorShare: 0 };

  constructor(size: number) {
    const f = (): Float64Array => new Float64Array(size);
    this.rows = {
      count: 0, months: 0, base: f(), clientMonths: f(), measured: f(), successes: f(), observedRate: f(), expectedRate: f(),
      rank: f(), flagged: f(), active: new Uint8Array(size),
    };
    this.expectedSum = f(); this.out = f(); this.believed = f();
    this.sortedRate = f(); this.sortedIndex = new Int32Array(size);
  }

  /**
   * The believed figures of the segment's providers: observed rate on the rule's scale
   * (risk-adjusted where it applies; NaN = not ranked) and measured clients. `reference` is
   * the segment's pooled raw rate, the scale of indirect standardisation.
   */
  believe(count: number, rates: ArrayLike<number>, measured: ArrayLike<number>, active: ArrayLike<number>, reference: number, settings: SettlementSettings, months: number): void {
    this.settings = settings;
    this.rows.count = count;
    this.rows.months = months;
    this.reference = reference;
    let good = 0, total = 0;
    const order = this.order;
    order.length = 0;
    for (let k = 0; k < count; k++) {
      this.rows.active[k] = active[k];
      const ok = active[k] && measured[k] >= settings.minClients && rates[k] === rates[k];
      this.believed[k] = ok ? rates[k] : NaN;
      if (ok) { order.push(k); good += rates[k] * measured[k]; total += measured[k]; }
    }
    const b = this.believed;
    order.sort((x, y) => b[y] - b[x] || x - y);
    for (let i = 0; i < order.length; i++) { this.sortedRate[i] = b[order[i]]; this.sortedIndex[i] = order[i]; }
    this.eligible = order.length;
    this.pooled = total > 0 ? good / total : NaN;
  }

  /** Row k: provider k's hypothetical period. */
  setRow(k: number, clientMonths: number, base: number, measured: number, successes: number, expectedSum: number): void {
    const r = this.rows;
    r.clientMonths[k] = clientMonths; r.base[k] = base; r.measured[k] = measured; r.successes[k] = successes;
    this.expectedSum[k] = expectedSum;
  }

  /** Payments the rule makes for the rows, after the overall cap and floor, as settlement pays them. */
  pay(rule: PaymentRule, params: unknown): Float64Array {
    const r = this.rows, st = this.settings;
    const pooled = this.pooled, testable = testablePooledRate(pooled);
    for (let k = 0; k < r.count; k++) {
      const m = r.measured[k];
      const e = m > 0 && this.expectedSum[k] > 0 ? this.expectedSum[k] / m : NaN;
      r.expectedRate[k] = e;
      const rate = ruleRate(r.successes[k], m, e, st.riskAdjusted, this.reference);
      r.observedRate[k] = rate;
      r.rank[k] = NaN; r.flagged[k] = 0;
      if (!r.active[k] || m < st.minClients || rate !== rate) continue;
      r.rank[k] = this.rankAmongBelieved(k, rate);
      if (testable && deviationZ(rate, pooled, m) < -st.zCritical) r.flagged[k] = 1;
    }
    rule.pay(r, params as never, this.out);
    for (let k = 0; k < r.count; k++) this.out[k] = limitPayment(this.out[k], r.base[k], st);
    return this.out;
  }

  /**
   * Rank of provider k at `rate` among the others at their believed rates: 1 + the others
   * above it + the others tied with it that come earlier in provider order (settlement's
   * tie-break).
   */
  private rankAmongBelieved(k: number, rate: number): number {
    const n = this.eligible, sr = this.sortedRate, si = this.sortedIndex;
    // First position whose rate is not above `rate`.
    let lo = 0, hi = n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sr[mid] > rate) lo = mid + 1; else hi = mid; }
    const above = lo;
    // End of the tie block.
    hi = n;
    let end = above;
    { let l = above; while (l < hi) { const mid = (l + hi) >> 1; if (sr[mid] >= rate) l = mid + 1; else hi = mid; } end = l; }
    // Tied providers earlier in order (their indices ascend within the block).
    let a = above, b = end;
    while (a < b) { const mid = (a + b) >> 1; if (si[mid] < k) a = mid + 1; else b = mid; }
    const tiedBefore = a - above;
    const self = this.believed[k];
    return 1 + above - (self > rate ? 1 : 0) + tiedBefore;
  }
}
