/**
 * End of a payment period: per segment, turn the period's cells into the rule's inputs
 * (rates, risk adjustment, ranks, deviation flags), pay, apply the overall cap and floor,
 * count flags against the truth and the period's reliability; then, city-wide, let the
 * inspectors take the most deviating flagged providers first, sanction confirmed deviations
 * and end contracts where the scenario says so; finally give clearly positive providers
 * their larger share of next period's referrals.
 *
 * Where providers report the measure themselves, gaming (src/core/behaviour/gameReports)
 * inflates the period's reported successes before anything is computed from them. Under a
 * social outcomes contract the investor pays the providers' invoices and the outcome payer
 * pays the investor on the payment dates (src/core/contract).
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { RunParams } from '../compile/drawRunParams.js';
import type { PeriodInputs } from '../model/PaymentRule.js';
import type { Stream } from '../rng/Stream.js';
import type { RunState } from '../state/RunState.js';
import type { BehaviourState } from '../behaviour/BehaviourState.js';
import { gameReports, type GamingContext } from '../behaviour/gameReports.js';
import type { OutcomeContract } from '../contract/OutcomeContract.js';
import { FormulaError } from '../formula/FormulaError.js';
import { rankDescending } from './rankDescending.js';
import { deviationZ, limitPayment, ruleRate, testablePooledRate, type SettlementSettings } from '../settle/settlementRules.js';
import { flagOverWindow, usesWindow } from './flagWindow.js';
import type { RunObserver } from './RunObserver.js';
import { endContract } from './endContract.js';
import { ArrayArena } from '../state/ArrayArena.js';

export { DAYS_PER_MONTH } from '../model/daysPerMonth.js';
import { DAYS_PER_MONTH } from '../model/daysPerMonth.js';

export interface PeriodContext {
  c: CompiledScenario;
  P: RunParams;
  s: RunState;
  auditStream: Stream;
  /** Reused between periods; sized for the largest segment. */
  inputs: (PeriodInputs & { z: Float64Array; positive: Uint8Array; pay: Float64Array }) | null;
  b: BehaviourState;
  /** Set where providers report the measure and may over-report or be audited. */
  gaming: GamingContext | null;
  contract: OutcomeContract | null;
  /** The run's settlement settings, shared with the providers' rule probes. */
  settings: SettlementSettings;
  /** Sees each segment's settled period (one run shown in detail); null in normal runs. */
  observer?: RunObserver | null;
}

function makeInputs(size: number): NonNullable<PeriodContext['inputs']> {
  const a = new ArrayArena(ArrayArena.bytes(12 * size, 0, 2 * size, 14));
  const f = (): Float64Array => a.f64(size);
  return {
    count: 0, months: 0, base: f(), clientMonths: f(), measured: f(), successes: f(), observedRate: f(), expectedRate: f(),
    rank: f(), flagged: f(), active: a.u8(size), z: f(), positive: a.u8(size), pay: f(),
  };
}

export function settlePeriod(ctx: PeriodContext, q: number, month: number): void {
  const { c, P, s } = ctx;
  const inputs = (ctx.inputs ??= makeInputs(Math.max(...c.segments.map((g) => g.providers))));
  const flagging = P.sections.flagging;
  const inspection = P.sections.inspection;
  const candidates: Array<{ j: number; z: number; base: number; paid: number }> = [];
  const periodLength = Math.min(c.periodMonths, c.horizonMonths - q * c.periodMonths);
  const contract = ctx.contract;
  /** Contract month of this settlement (0 = the first month after warm-up). */
  const contractMonth = month - (s.months - c.horizonMonths);
  let periodMeasured = 0, periodSuccesses = 0;

  for (let g = 0; g < c.segments.length; g++) {
    const seg = c.segments[g];
    const sp = P.segments[g];
    const n = seg.providers;
    inputs.count = n;
    inputs.months = periodLength;
    let sumObserved = 0, sumMeasured = 0, sumExpected = 0;
    for (let k = 0; k < n; k++) {
      const j = seg.offset + k;
      const cell = j * s.periods + q;
      const active = s.active[j];
      inputs.active[k] = active;
      inputs.clientMonths[k] = active ? s.clientMonths[cell] : 0;
      inputs.base[k] = inputs.clientMonths[k] * DAYS_PER_MONTH * sp.pricePerDay;
      inputs.measured[k] = active ? s.measured[cell] : 0;
      inputs.successes[k] = active ? s.observed[cell] : 0;
      inputs.expectedRate[k] = inputs.measured[k] > 0 && s.expected[cell] > 0 ? s.expected[cell] / inputs.measured[k] : NaN;
      if (active) { sumObserved += inputs.successes[k]; sumMeasured += inputs.measured[k]; sumExpected += s.expected[cell]; }
    }
    const riskAdjusted = ctx.settings.riskAdjusted && sumExpected > 0;
    observedRates(inputs, riskAdjusted, sumObserved, sumMeasured);
    flagAndRank(inputs, flagging.zCritical, flagging.minClients);
    const gaming = ctx.gaming;
    if (gaming) {
      // Reports are filed before payment: inflate them, then recompute everything built on them.
      gameReports(ctx, gaming, seg.offset, q, sumMeasured > 0 ? sumObserved / sumMeasured : NaN);
      sumObserved = 0;
      for (let k = 0; k < n; k++) if (inputs.active[k]) sumObserved += inputs.successes[k];
      observedRates(inputs, riskAdjusted, sumObserved, sumMeasured);
      flagAndRank(inputs, flagging.zCritical, flagging.minClients);
    }
    // A longer judging window or a fixed benchmark replaces the period's flags (src/core/simulate/flagWindow).
    if (usesWindow(flagging)) flagOverWindow(inputs, s, seg.offset, q, c.periodMonths, flagging, riskAdjusted);
    try {
      c.rule.pay(inputs, P.rule as never, inputs.pay);
    } catch (e) {
      throw e instanceof FormulaError ? e.at(seg.offset, ` (segment ${g + 1}, ${seg.service.id}) in payment period ${q + 1}`) : e;
    }

    for (let k = 0; k < n; k++) {
      const j = seg.offset + k;
      if (!inputs.active[k]) continue;
      let paid = limitPayment(inputs.pay[k], inputs.base[k], ctx.settings);
      if (gaming) {
        const sanction = Math.min(paid, gaming.sanctions[k]);
        paid -= sanction;
        ctx.b.reportSanctions += sanction;
      }
      const aboveBase = paid - inputs.base[k];
      if (aboveBase > 0) { s.bonusAll += aboveBase; if (s.deficient[j]) s.bonusToDeficient += aboveBase; }
      s.revenue[j] += paid;
      // Under an outcomes contract the investor pays the invoice, up to its commitment.
      s.payments += contract ? contract.fund(paid, contractMonth) : paid;
      if (contract) { periodMeasured += inputs.measured[k]; periodSuccesses += inputs.successes[k]; }
      s.measuredTotal[j] += inputs.measured[k];
      s.observedTotal[j] += inputs.successes[k];
      s.periodsActive[j]++;
      s.settled[j * s.periods + q] = 1;
      const flagged = inputs.flagged[k] === 1;
      if (flagged) s.periodsFlagged[j]++;
      if (s.deficient[j]) { s.deficientPeriods++; if (!flagged) s.missedDeficient++; } else { s.acceptablePeriods++; if (flagged) s.flaggedAcceptable++; }
      if (flagged) candidates.push({ j, z: inputs.z[k], base: inputs.base[k], paid });
      s.weight[j] = inputs.positive[k] ? 1 + inspection.advantageShare : 1;
    }
    ctx.observer?.settled(q, seg.offset, inputs);
    addReliability(s, seg.offset, n, q);
  }

  if (contract) {
    contract.record(periodMeasured, periodSuccesses);
    if (contract.p.paymentDates === 'eachPeriod' || q === s.periods - 1) s.payments += contract.settle(contractMonth);
  }

  if (!inspection.enabled) return;
  const perPeriod = (inspection.auditsPerYear * c.periodMonths) / 12;
  s.auditBudget += perPeriod;
  candidates.sort((a, b) => a.z - b.z || a.j - b.j);
  const audits = Math.min(candidates.length, Math.floor(s.auditBudget + 1e-9));
  s.auditBudget = Math.min(s.auditBudget - audits, Math.max(1, perPeriod));
  for (let i = 0; i < audits; i++) {
    const { j, base, paid } = candidates[i];
    s.audits++;
    const confirm = ctx.auditStream.next() < (s.deficient[j] ? inspection.sensitivity : 1 - inspection.specificity);
    if (!confirm) continue;
    const sanction = Math.min(paid, inspection.sanctionShare * base);
    s.revenue[j] -= sanction;
    s.payments -= sanction;
    if (inspection.terminateOnConfirmed) terminate(s, j, month);
  }
}

/**
 * Observed rates of the period, raw or (with risk adjustment) by indirect standardisation:
 * (observed / expected) × the segment's overall observed rate.
 */
function observedRates(inputs: NonNullable<PeriodContext['inputs']>, riskAdjusted: boolean, sumObserved: number, sumMeasured: number): void {
  const reference = sumMeasured > 0 ? sumObserved / sumMeasured : NaN;
  for (let k = 0; k < inputs.count; k++) {
    inputs.observedRate[k] = ruleRate(inputs.successes[k], inputs.measured[k], inputs.expectedRate[k], riskAdjusted, reference);
  }
}

/** Indices of the eligible providers, ascending (reused between calls). */
let eligible = new Int32Array(256);

/**
 * Deviation flags and ranks among providers with at least `minClients` measured clients:
 * z = (rate − pooled rate) / √(pooled·(1 − pooled)/n); flagged below −zCritical, positive
 * above +zCritical. Rank 1 is the best observed rate; ties keep provider order.
 */
export function flagAndRank(inputs: NonNullable<PeriodContext['inputs']>, zCritical: number, minClients: number): void {
  // The arrays read once (a loop over inputs.x[k] reloads inputs.x every time).
  const { count, flagged, positive, rank, z: zs, active, measured, observedRate } = inputs;
  let good = 0, total = 0, n = 0;
  if (eligible.length < count) eligible = new Int32Array(Math.max(count, 2 * eligible.length));
  const idx = eligible;
  for (let k = 0; k < count; k++) {
    flagged[k] = 0; positive[k] = 0; rank[k] = NaN; zs[k] = NaN;
    const rate = observedRate[k];
    if (active[k] && measured[k] >= minClients && rate === rate) {
      idx[n++] = k;
      good += rate * measured[k];
      total += measured[k];
    }
  }
  rankDescending(observedRate, idx, n, rank);
  const pooled = total > 0 ? good / total : NaN;
  if (!testablePooledRate(pooled)) return;
  for (let i = 0; i < n; i++) {
    const k = idx[i];
    const z = deviationZ(observedRate[k], pooled, measured[k]);
    zs[k] = z;
    if (z < -zCritical) flagged[k] = 1;
    else if (z > zCritical) positive[k] = 1;
  }
}

/**
 * Reliability of the period's provider rates: R = var(τ) / (var(τ) + mean(τ(1 − τ)/n)),
 * where τ_j is provider j's true score (expected recorded rate given its own clients and
 * quality). Averaged over periods and segments with at least two measured providers.
 */
function addReliability(s: RunState, offset: number, n: number, q: number): void {
  let count = 0, mean = 0, m2 = 0, noise = 0;
  for (let k = 0; k < n; k++) {
    const j = offset + k;
    const cell = j * s.periods + q;
    const m = s.measured[cell];
    if (!s.active[j] || m <= 0) continue;
    const tau = s.trueScore[cell] / m;
    count++;
    const d = tau - mean;
    mean += d / count;
    m2 += d * (tau - mean);
    noise += (tau * (1 - tau)) / m;
  }
  if (count < 2) return;
  const between = m2 / count;
  const within = noise / count;
  if (between + within <= 0) return;
  s.reliabilitySum += between / (between + within);
  s.reliabilityPeriods++;
}

/** End a contract after month `month` for a confirmed deviation. */
function terminate(s: RunState, j: number, month: number): void {
  if (!s.active[j]) return;
  endContract(s, j, month);
  s.terminated++;
}
