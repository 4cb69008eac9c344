/**
 * A finished run's state → its row of metrics (DESIGN §3). A ratio whose denominator is zero
 * is NaN here ("not measurable in this run"); summaries count and report such runs rather
 * than let NaN reach any output.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { RunParams } from '../compile/drawRunParams.js';
import { MI } from '../metrics/metricCatalogue.js';
import { spearman } from '../summarise/spearman.js';
import type { RunState } from './RunState.js';
import { DAYS_PER_MONTH } from './daysPerMonth.js';
import type { BehaviourState } from '../behaviour/BehaviourState.js';
import type { OutcomeContract } from '../contract/OutcomeContract.js';
import { annualIrr } from '../contract/annualIrr.js';

const ratio = (a: number, b: number): number => (b > 0 ? a / b : NaN);

export function writeRunMetrics(c: CompiledScenario, P: RunParams, s: RunState, beh: BehaviourState, contract: OutcomeContract | null, out: Float64Array, offset: number): void {
  const J = s.providers;
  const years = c.horizonMonths / 12;
  const followUp = P.sections.followUp;
  let clientMonths = 0, measured = 0, observed = 0, honest = 0;
  for (let j = 0; j < J; j++) { clientMonths += s.clientMonthsTotal[j]; measured += s.measuredTotal[j]; }
  for (let j = 0; j < J; j++) {
    for (let q = 0; q < s.periods; q++) {
      // measuredTotal counts only cells settled while the provider was active; mirror that here.
      if (s.periodsActive[j] <= q) break;
      observed += s.observed[j * s.periods + q];
      honest += s.honestObserved[j * s.periods + q];
    }
  }
  const followUpCost = ((clientMonths * followUp.perClientYear) / 12) * (followUp.extraMinutes / 60) * followUp.hourlyCost;
  const reportAudits = beh.auditedReports > 0 ? ((beh.auditedReports * P.behaviour.gaming.minutesPerAudit) / 60) * followUp.hourlyCost : 0;
  const auditCost = s.audits * P.sections.inspection.hoursPerAudit * followUp.hourlyCost + reportAudits;
  const fallbackCost = s.fallbackClientMonths * DAYS_PER_MONTH * P.sections.fallback.pricePerDay;
  const totalCost = s.payments + followUpCost + auditCost + fallbackCost;
  const attributable = s.trueGoodAll - s.counterfactualGoodAll;

  let revenueSum = 0, marginSum = 0, marginCount = 0, losses = 0;
  const perMonth: number[] = [];
  for (let j = 0; j < J; j++) {
    revenueSum += s.revenue[j];
    if (s.revenue[j] > 0) { marginSum += (s.revenue[j] - s.cost[j]) / s.revenue[j]; marginCount++; }
    if (s.revenue[j] < s.cost[j]) losses++;
    if (s.clientMonthsTotal[j] > 0) perMonth.push(s.revenue[j] / s.clientMonthsTotal[j]);
  }
  const rankPairsQuality: number[] = [];
  const rankPairsObserved: number[] = [];
  for (let j = 0; j < J; j++) {
    if (s.measuredTotal[j] > 0) { rankPairsQuality.push(s.quality[j]); rankPairsObserved.push(s.observedTotal[j] / s.measuredTotal[j]); }
  }

  const row = (id: string, v: number): void => { out[offset + MI[id]] = v; };
  row('purchaser.totalCost', totalCost);
  row('purchaser.payments', s.payments);
  row('purchaser.followUpCost', followUpCost);
  row('purchaser.auditCost', auditCost);
  row('purchaser.fallbackCost', fallbackCost);
  row('purchaser.costPerTrueOutcome', ratio(totalCost, s.trueGoodAll));
  row('purchaser.costPerAttributableOutcome', ratio(totalCost, attributable));
  row('clients.served', s.served);
  row('clients.declined', s.declined);
  row('clients.fallback', s.toFallback);
  row('outcomes.trueRate', ratio(s.trueGoodAll, s.dischargedAll));
  row('outcomes.observedRate', ratio(observed, measured));
  row('outcomes.attributable', attributable);
  row('outcomes.trueRateFemale', ratio(s.bySex[3], s.bySex[2]));
  row('outcomes.trueRateMale', ratio(s.bySex[1], s.bySex[0]));
  row('outcomes.trueRateHighNeed', ratio(s.byNeed[3], s.byNeed[2]));
  row('outcomes.trueRateLowNeed', ratio(s.byNeed[1], s.byNeed[0]));
  row('care.hoursDelivered', s.careHours);
  row('care.hoursToAdmin', s.adminHours);
  row('care.outcomesLostToAdmin', s.lostToAdmin);
  row('providers.revenueMean', ratio(revenueSum, J) / years);
  row('providers.marginMean', ratio(marginSum, marginCount));
  row('providers.shareWithLoss', ratio(losses, J));
  row('providers.revenueCv', coefficientOfVariation(perMonth));
  row('providers.terminated', s.terminated);
  row('measurement.reliability', ratio(s.reliabilitySum, s.reliabilityPeriods));
  row('measurement.rankCorrelation', spearman(rankPairsQuality, rankPairsObserved));
  row('measurement.falseFlagRate', ratio(s.flaggedAcceptable, s.acceptablePeriods));
  row('measurement.missRate', ratio(s.missedDeficient, s.deficientPeriods));
  row('measurement.gamingInflation', ratio(observed - honest, measured));
  row('measurement.deepFollowUps', s.audits);
  row('providers.effortMean', ratio(beh.effortSum, beh.effortMonths));
  row('outcomes.unmeasuredRate', ratio(beh.unmeasuredGood, s.dischargedAll));
  row('clients.untreated', beh.untreated);
  writeInvestorMetrics(s, contract, row);
}

/** Rule 7's investor figures; NaN ("not measurable") without an outcomes contract. */
function writeInvestorMetrics(s: RunState, contract: OutcomeContract | null, row: (id: string, v: number) => void): void {
  if (!contract) {
    for (const id of ['investor.invested', 'investor.returned', 'investor.multiple', 'investor.irr', 'investor.lossProbability', 'investor.paidWithoutEffect']) row(id, NaN);
    return;
  }
  // Attributable outcomes of the contract's own clients: true good minus what would have happened anyway.
  let attributable = 0;
  for (let j = 0; j < s.providers; j++) attributable += s.trueGood[j] - contract.counterfactual[j];
  row('investor.invested', contract.invested);
  row('investor.returned', contract.returned);
  row('investor.multiple', ratio(contract.returned, contract.invested));
  row('investor.irr', annualIrr(contract.flows));
  row('investor.lossProbability', contract.invested > 0 ? (contract.returned < contract.invested ? 1 : 0) : NaN);
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
