/**
 * Provider participation in one run (docs/model.md, "Participation"). At the contract's start
 * and every `renewalMonths` after it, each provider holding a contract weighs what the rule
 * in force is worth to it (participationDecision, with the payment's mean and spread from the
 * rule probe) and stays, re-prices (a premium per client-day, paid on top of what the rule
 * pays) or leaves (its clients go to the fallback and procurement replaces it after its
 * delay). A newcomer bids what it needs, up to the cap, and decides like the others at the
 * next renewal. The investor of a social outcomes contract decides once, before the start
 * (contract/investorDecision). Deterministic: decisions read what providers can know, never
 * the run's draws, so no other stream moves.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { RunParams } from '../compile/drawRunParams.js';
import type { InvestorTerms, PaymentRule } from '../model/PaymentRule.js';
import { DAYS_PER_MONTH } from '../model/daysPerMonth.js';
import type { SettlementSettings } from '../settle/settlementRules.js';
import type { RunState } from '../state/RunState.js';
import { settleTallies } from '../state/RunState.js';
import type { OutcomeContract } from '../contract/OutcomeContract.js';
import { investorOutlook } from '../contract/investorDecision.js';
import { endContract } from './endContract.js';
import type { BehaviourState } from '../behaviour/BehaviourState.js';
import { decideParticipation, neededPremium, type ParticipationTerms, type PeriodOutlook } from '../behaviour/participationDecision.js';
import { PayOutlook } from '../behaviour/payOutlook.js';
import { RuleProbe } from '../behaviour/RuleProbe.js';
import { SegmentPlan } from '../behaviour/SegmentPlan.js';
import type { SegmentView } from '../behaviour/SegmentView.js';

export class Participation {
  /** Each contract slot's premium per client-day. */
  readonly premiumPerDay: Float64Array;
  /** Client-months of the current period already paid their premium (a renewal or an exit mid-period pays what has accrued). */
  private readonly paidMonths: Float64Array;
  /** 1 once the slot's current holder has set its price. */
  private readonly priced: Uint8Array;
  private readonly plan: SegmentPlan;
  private readonly probe: RuleProbe;
  private readonly outlook: PayOutlook;
  private readonly terms: ParticipationTerms[];
  private readonly o: PeriodOutlook = { expectedPay: 0, sdPay: 0, cost: 0, clientDays: 0 };
  // run tallies
  /** Providers that left at a renewal, renewal decisions taken, and those that re-priced. */
  exits = 0; decisions = 0; repriced = 0;
  premiumPaid = 0;
  investorDeclined = false;

  constructor(
    private readonly c: CompiledScenario, private readonly P: RunParams, private readonly s: RunState, private readonly b: BehaviourState,
    private readonly views: readonly SegmentView[], private readonly dose: number, private readonly settings: SettlementSettings,
  ) {
    const J = s.providers;
    this.premiumPerDay = new Float64Array(J); this.paidMonths = new Float64Array(J); this.priced = new Uint8Array(J);
    const size = Math.max(...c.segments.map((g) => g.providers));
    this.plan = new SegmentPlan(size); this.probe = new RuleProbe(size); this.outlook = new PayOutlook(size);
    const p = P.behaviour.participation;
    this.terms = views.map((v) => ({ periodMonths: c.periodMonths, reservationMargin: p.reservationMargin, riskAversion: p.riskAversion, capPerDay: p.maxPremiumShare * v.pricePerDay }));
    settleTallies(this, ['exits', 'decisions', 'repriced', 'premiumPaid']);
  }

  /** The investor's decision before the contract starts; false (and recorded) if it declines. */
  investorInvests(terms: InvestorTerms): boolean {
    const P = this.P;
    const out = investorOutlook(terms, this.views, P.segments.map((g) => g.qualitySd), this.dose, this.c.horizonMonths, Number(P.measure.lagMonths), P.behaviour.participation.investorHurdleRate);
    this.investorDeclined = !out.invests;
    return out.invests;
  }

  /** Start of month t, after its discharges and before procurement: forget ended holders; at a renewal, every holder decides. */
  startOfMonth(t: number, contract: OutcomeContract | null): void {
    const s = this.s;
    for (let j = 0; j < s.providers; j++) if (!s.active[j]) { this.priced[j] = 0; this.premiumPerDay[j] = 0; }
    const m = t - (s.months - this.c.horizonMonths);
    if (m < 0 || m % this.P.behaviour.participation.renewalMonths !== 0) return;
    const q = Math.floor(m / this.c.periodMonths);
    this.accrue(q, Math.max(0, m - 1), contract);
    for (let g = 0; g < this.views.length; g++) this.decide(g, t, true);
  }

  /** Before the settlement of period q: newcomers set their price, then the period's premiums are paid. */
  settle(q: number, contractMonth: number, contract: OutcomeContract | null): void {
    const s = this.s;
    for (let g = 0; g < this.views.length; g++) {
      const v = this.views[g];
      for (let k = 0; k < v.count; k++) if (s.active[v.offset + k] && !this.priced[v.offset + k]) { this.decide(g, -1, false); break; }
    }
    this.accrue(q, contractMonth, contract);
    this.paidMonths.fill(0);
  }

  /**
   * Decisions of segment g's unpriced holders (newcomers: they bid what they need, up to the
   * cap) or, at a renewal (`allowExit`), of all of them; leaving ends the contract at month t.
   */
  private decide(g: number, t: number, allowExit: boolean): void {
    const { s, b, P, plan, probe, outlook, o } = this;
    const v = this.views[g];
    const noiseSd = P.behaviour.selection.enabled ? P.behaviour.selection.needNoiseSd : 0;
    plan.fill(v, s, b, this.c.periodMonths, noiseSd);
    probe.believe(v.count, plan.rates, plan.measured, s.active.subarray(v.offset, v.offset + v.count), plan.reference, this.settings, this.settings.months);
    outlook.fill(v, s.effect, plan, probe, this.c.rule as PaymentRule, P.rule);
    const effortCost = P.behaviour.effort.enabled ? P.behaviour.effort.costShare : 0;
    const fixed = P.segments[g].fixedCostPerMonth * this.c.periodMonths;
    const terms = this.terms[g];
    for (let k = 0; k < v.count; k++) {
      const j = v.offset + k;
      if (!s.active[j] || (!allowExit && this.priced[j])) continue;
      o.expectedPay = outlook.mean[k]; o.sdPay = outlook.sd[k];
      o.cost = plan.clientMonths[k] * v.costPerClientMonth * (1 + effortCost * b.effort[j]) + fixed;
      o.clientDays = plan.clientMonths[k] * DAYS_PER_MONTH;
      this.priced[j] = 1;
      if (!allowExit) { this.premiumPerDay[j] = Math.min(terms.capPerDay, Math.max(0, neededPremium(o, terms))); continue; }
      const d = decideParticipation(o, terms);
      this.decisions++;
      this.premiumPerDay[j] = d.premiumPerDay;
      if (d.choice === 'reprice') this.repriced++;
      else if (d.choice === 'exit') {
        this.exits++;
        // Month t's discharges are done: the clients move from month t + 1 on; the contract ended with month t − 1.
        endContract(s, j, t);
        s.endedAt[j] = t - 1;
      }
    }
  }

  /** Pay each slot's premium on the client-months of period q not yet paid. */
  private accrue(q: number, contractMonth: number, contract: OutcomeContract | null): void {
    const s = this.s;
    for (let j = 0; j < s.providers; j++) {
      const months = s.clientMonths[j * s.periods + q] - this.paidMonths[j];
      this.paidMonths[j] += months;
      const amount = this.premiumPerDay[j] * months * DAYS_PER_MONTH;
      if (!(amount > 0)) continue;
      s.revenue[j] += amount;
      s.payments += contract ? contract.fund(amount, contractMonth) : amount;
      this.premiumPaid += amount;
    }
  }
}
