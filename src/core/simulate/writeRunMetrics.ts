/**
 * A finished run's state → its row of quantities (src/core/metrics/metricCatalogue.ts). Ratio
 * metrics are written as numerator and denominator, so summaries can pool them across runs;
 * a per-run statistic that cannot be computed (a rank correlation of one provider) is NaN
 * here and is counted as undefined, never averaged in.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { RunParams } from '../compile/drawRunParams.js';
import { QI, type Quantity } from '../metrics/metricCatalogue.js';
import { spearman } from '../maths/spearman.js';
import type { RunState } from '../state/RunState.js';
import { DAYS_PER_MONTH } from '../model/daysPerMonth.js';
import type { BehaviourState } from '../behaviour/BehaviourState.js';
import type { OutcomeContract } from '../contract/OutcomeContract.js';
import { annualIrr } from '../contract/annualIrr.js';
import type { Participation } from './Participation.js';

const ratio = (a: number, b: number): number => (b > 0 ? a / b : NaN);

export function writeRunMetrics(
  c: CompiledScenario, P: RunParams, s: RunState, beh: BehaviourState, contract: OutcomeContract | null, participation: Participation | null, out: Float64Array, offset: number,
): void {
  const J = s.providers;
  const years = c.horizonMonths / 12;
  const followUp = P.sections.followUp;
  let clientMonths = 0, measured = 0, observed = 0, honest = 0;
  for (let j = 0; j < J; j++) { clientMonths += s.clientMonthsTotal[j]; measured += s.measuredTotal[j]; }
  // measuredTotal counts only cells settled while the provider held its contract; so do these.
  for (let cell = 0; cell < J * s.periods; cell++) {
    if (!s.settled[cell]) continue;
    observed += s.observed[cell];
    honest += s.honestObserved[cell];
  }
  const followUpCost = ((clientMonths * followUp.perClientYear) / 12) * (followUp.extraMinutes / 60) * followUp.hourlyCost;
  const reportAudits = beh.auditedReports > 0 ? ((beh.auditedReports * P.behaviour.gaming.minutesPerAudit) / 60) * followUp.hourlyCost : 0;
  const auditCost = s.audits * P.sections.inspection.hoursPerAudit * followUp.hourlyCost + reportAudits;
  const fallbackCost = s.fallbackClientMonths * DAYS_PER_MONTH * P.sections.fallback.pricePerDay;
  const totalCost = s.payments + followUpCost + auditCost + fallbackCost;
  const attributable = s.trueGoodAll - s.counterfactualGoodAll;

  let revenueSum = 0, marginSum = 0, losses = 0;
  const perMonth: number[] = [];
  for (let j = 0; j < J; j++) {
    revenueSum += s.revenue[j];
    marginSum += s.revenue[j] - s.cost[j];
    if (s.revenue[j] < s.cost[j]) losses++;
    if (s.clientMonthsTotal[j] > 0) perMonth.push(s.revenue[j] / s.clientMonthsTotal[j]);
  }
  const rankPairsQuality: number[] = [];
  const rankPairsObserved: number[] = [];
  for (let j = 0; j < J; j++) {
    if (s.measuredTotal[j] > 0) { rankPairsQuality.push(s.quality[j]); rankPairsObserved.push(s.observedTotal[j] / s.measuredTotal[j]); }
  }

  // Risk-adjusted rate over the contract: observed over expected, from the settled cells.
  const riskAdjusted = P.sections.riskAdjustment.enabled;
  const adjustedQuality: number[] = [];
  const adjustedRate: number[] = [];
  if (riskAdjusted) {
    for (let j = 0; j < J; j++) {
      let o = 0, e = 0;
      for (let q = 0; q < s.periods; q++) { const cell = j * s.periods + q; if (s.settled[cell]) { o += s.observed[cell]; e += s.expected[cell]; } }
      if (e > 0) { adjustedQuality.push(s.quality[j]); adjustedRate.push(o / e); }
    }
  }

  const row = (q: Quantity, v: number): void => { out[offset + QI[q]] = v; };
  row('purchaser.totalCost', totalCost);
  row('purchaser.payments', s.payments);
  row('purchaser.followUpCost', followUpCost);
  row('purchaser.auditCost', auditCost);
  row('purchaser.fallbackCost', fallbackCost);
  row('clients.served', s.served);
  row('clients.declined', s.declined);
  row('clients.fallback', s.toFallback);
  row('clients.untreated', beh.untreated);
  row('outcomes.attributable', attributable);
  row('care.hoursDelivered', s.careHours);
  row('care.hoursToAdmin', s.adminHours);
  row('care.outcomesLostToAdmin', s.lostToAdmin);
  row('providers.revenueMean', ratio(revenueSum, J) / years);
  row('providers.shareWithLoss', ratio(losses, J));
  row('providers.revenueCv', coefficientOfVariation(perMonth));
  row('providers.terminated', s.terminated);
  row('measurement.rankCorrelation', spearman(rankPairsQuality, rankPairsObserved));
  row('measurement.deepFollowUps', s.audits);
  row('measurement.rankCorrelationAdjusted', riskAdjusted ? spearman(adjustedQuality, adjustedRate) : NaN);
  row('clients.placedElsewhere', s.placedElsewhere);
  row('providers.replaced', s.replaced);
  row('n.measuredMale', s.measuredBySex[0]); row('n.observedMale', s.measuredBySex[1]);
  row('n.measuredFemale', s.measuredBySex[2]); row('n.observedFemale', s.measuredBySex[3]);
  row('n.reliabilityQualitySum', s.reliabilityQualitySum);
  row('n.reliabilityQualityPeriods', s.reliabilityQualityPeriods);
  row('n.reliabilityAdjustedSum', s.reliabilityAdjustedSum);
  row('n.reliabilityAdjustedPeriods', s.reliabilityAdjustedPeriods);
  row('n.trueGood', s.trueGoodAll);
  row('n.discharged', s.dischargedAll);
  row('n.observed', observed);
  row('n.measured', measured);
  row('n.inflated', observed - honest);
  row('n.male', s.bySex[0]); row('n.goodMale', s.bySex[1]);
  row('n.female', s.bySex[2]); row('n.goodFemale', s.bySex[3]);
  row('n.lowNeed', s.byNeed[0]); row('n.goodLowNeed', s.byNeed[1]);
  row('n.highNeed', s.byNeed[4]); row('n.goodHighNeed', s.byNeed[5]);
  row('n.unmeasuredGood', beh.unmeasuredGood);
  row('n.providerMargin', marginSum);
  row('n.providerRevenue', revenueSum);
  row('n.reliabilitySum', s.reliabilitySum);
  row('n.reliabilityPeriods', s.reliabilityPeriods);
  row('n.flaggedAcceptable', s.flaggedAcceptable);
  row('n.acceptablePeriods', s.acceptablePeriods);
  row('n.missedDeficient', s.missedDeficient);
  row('n.deficientPeriods', s.deficientPeriods);
  row('n.flagged', s.flaggedAcceptable + s.deficientPeriods - s.missedDeficient);
  row('n.flaggedDeficient', s.deficientPeriods - s.missedDeficient);
  row('n.bonusToDeficient', s.bonusToDeficient);
  row('n.bonusAll', s.bonusAll);
  row('n.effortSum', beh.effortSum);
  row('n.effortMonths', beh.effortMonths);
  writeInvestorMetrics(s, contract, row);
  row('providers.exited', participation ? participation.exits : 0);
  row('providers.premiumPaid', participation ? participation.premiumPaid : 0);
  row('n.repriced', participation ? participation.repriced : 0);
  row('n.participationDecisions', participation ? participation.decisions : 0);
  // Measured only where the rule has an investor: 1 if it declined to invest in this run.
  row('investor.declined', c.rule.investorLedger ? (participation?.investorDeclined ? 1 : 0) : NaN);
}

/** The outcomes contract's investor figures; NaN ("not measurable") without an outcomes contract. */
function writeInvestorMetrics(s: RunState, contract: OutcomeContract | null, row: (q: Quantity, v: number) => void): void {
  if (!contract) {
    for (const q of ['investor.invested', 'investor.returned', 'investor.irr', 'investor.lossProbability', 'investor.totalLoss', 'investor.paidWithoutEffect'] as const) row(q, NaN);
    return;
  }
  // Attributable outcomes of the contract's own clients: true good minus what would have happened anyway.
  let attributable = 0;
  for (let j = 0; j < s.providers; j++) attributable += s.trueGood[j] - contract.counterfactual[j];
  const invested = contract.invested > 0;
  row('investor.invested', contract.invested);
  row('investor.returned', contract.returned);
  row('investor.irr', annualIrr(contract.flows));
  row('investor.lossProbability', invested ? (contract.returned < contract.invested ? 1 : 0) : NaN);
  row('investor.totalLoss', invested ? (contract.returned === 0 ? 1 : 0) : NaN);
  row('investor.paidWithoutEffect', contract.returned > 0 && attributable <= 0 ? 1 : 0);
}

function coefficientOfVariation(xs: number[]): number {
  if (xs.length < 2) return NaN;
  let mean = 0;
  for (const x of xs) mean += x;
  mean /= xs.length;
  let ss = 0;
  for (const x of xs) ss += (x - mean) * (x - mean);
  return mean > 0 ? Math.sqrt(ss / xs.length) / mean : NaN;
}
