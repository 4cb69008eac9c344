/**
 * One run: one realisation of the whole system over warm-up + horizon months (docs/model.md).
 *
 * Month by month: discharges free places, each provider draws its referrals (Poisson, one
 * uniform each), and each referral becomes a client whose attributes, episode length, true
 * outcome under both worlds and measurement are drawn at admission and booked into the
 * provider-period cells they fall in. At the end of each payment period `settlePeriod` pays,
 * flags and inspects. Streams: one per model part (market, referrals, cohort, measure, audit),
 * and every referral draws a fixed number of uniforms from each — the number depends on the
 * measure kind only, never on the rule, behaviour or risk adjustment (simulate/Admission) — so
 * a scenario and its baseline see the same clients and, with the same measure, the same
 * measurement noise (common random numbers). The per-client work is in admitReferrals, built
 * from an Admission laid out once per run.
 *
 * Provider behaviour (src/core/behaviour) is decided per provider per payment period, before
 * the first month and after each settlement, never per client: it sets each provider's effect
 * and the observed need above which it declines. Its draws come from streams of their own
 * (`selection`: one per referral while selection is on; `gaming`, `comparison`), so with every
 * behaviour off the run is exactly what it was without them. Participation (simulate/Participation)
 * acts at month starts that are renewals (re-price or leave) and pays premiums before each
 * settlement; leavers are replaced by the same procurement as terminated contracts.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import { drawRunParams, type RunParams } from '../compile/drawRunParams.js';
import { observationModel } from '../measure/ObservationModel.js';
import { Stream, streamFor } from '../rng/Stream.js';
import { RunState } from '../state/RunState.js';
import { updateTrueScores } from './TrueScores.js';
import { settlePeriod, type PeriodContext } from './settlePeriod.js';
import { writeRunMetrics } from './writeRunMetrics.js';
import { checkTotals } from './checkTotals.js';
import { BehaviourState } from '../behaviour/BehaviourState.js';
import { behaviourContext } from '../behaviour/BehaviourContext.js';
import { decideBehaviour } from '../behaviour/decideBehaviour.js';
import { segmentViews } from '../behaviour/SegmentView.js';
import { gamingContext } from '../behaviour/gameReports.js';
import { settlementSettings } from '../settle/settlementRules.js';
import { OutcomeContract } from '../contract/OutcomeContract.js';
import { drawBaseline } from '../contract/drawBaseline.js';
import { Admission } from './Admission.js';
import { ExtraReliability } from './extraReliability.js';
import { drawProvider, markDeficient, marketOf, replaceProvider, type SegmentMarket } from './market.js';
import { admitReferrals } from './admitReferrals.js';
import type { RunObserver } from './RunObserver.js';
import { Participation } from './Participation.js';

/** `observer` (optional) sees the run's settlements (simulate/RunObserver); it does not change the run. */
export function simulateRun(c: CompiledScenario, run: number, metricsOut: Float64Array, metricsOffset: number, observer: RunObserver | null = null): RunState {
  const P = drawRunParams(c, run);
  const care = P.sections.care;
  const followUp = P.sections.followUp;
  const warmUp = care.warmUpMonths;
  const J = c.providerCount;
  const s = new RunState(J, warmUp, c.horizonMonths, c.periodMonths);
  const M = s.months;
  const stride = M + 1;

  // A fixed market is one draw per seed; split into M markets, block g > 0 draws market g (block 0 keeps the seed's).
  const block = c.markets > 1 ? marketOf(run, c.runs, c.markets) : 0;
  const marketKey = block > 0 ? `|${block}` : '';
  const market = c.market === 'fixed' ? new Stream(`${c.seed}|market${marketKey}`) : streamFor(c.seed, run, 'market');

  // Care time: minutes of follow-up and reporting per client-month come out of H care hours.
  const lostMinutes = (followUp.perClientYear / 12) * followUp.extraMinutes * followUp.shareFromCare + followUp.providerReportingMinutes;
  const delivered = Math.max(0, 1 - lostMinutes / 60 / care.hoursPerClientMonth);
  const dose = care.doseResponse === 'concave' ? Math.sqrt(delivered) : delivered;

  // Case mix has a stream of its own so quality draws are the same with or without it.
  const caseMix = c.market === 'fixed' ? new Stream(`${c.seed}|casemix${marketKey}`) : streamFor(c.seed, run, 'casemix');
  // Built by push: Array.prototype.map's result is occasionally holey, and this run's compiled code then deoptimises.
  const markets: SegmentMarket[] = [];
  for (let g = 0; g < c.segments.length; g++) {
    const cs = c.segments[g], sp = P.segments[g];
    markets.push({ offset: cs.offset, providers: cs.providers, qualityMean: sp.qualityMean, qualitySd: sp.qualitySd, caseMixSd: sp.caseMixSd });
  }
  for (let j = 0; j < J; j++) drawProvider(s, j, markets[c.providerSegment[j]], dose, market.next(), caseMix.next());
  const deficientBelow: number[] = [];
  for (const m of markets) deficientBelow.push(markDeficient(s, m, P.sections.flagging.deficientQuantile));
  // Ended contracts are procured again; the newcomers draw from a stream of their own.
  const procurementDelay = P.sections.inspection.procurementDelayMonths;
  const procurement = P.sections.inspection.terminateOnConfirmed || P.behaviour.participation.enabled ? streamFor(c.seed, run, 'procurement') : null;
  // Within a provider need varies less, so that need across all clients stays N(0, 1).
  const needScale: number[] = [];
  for (const seg of P.segments) needScale.push(Math.sqrt(1 - seg.caseMixSd * seg.caseMixSd));

  const om = observationModel(c.measure.model.kind, P.measure);

  // Behaviour and the outcomes contract: state of their own, used only when switched on.
  const { effort, selection, gaming, multitasking } = P.behaviour;
  const beh = new BehaviourState(J, s.effect);
  const behaving = effort.enabled || selection.enabled || multitasking.enabled;
  const effortCostShare = effort.enabled ? effort.costShare : 0;
  const reportsGamed = P.measure.reporter === 'provider' && om.kind !== 'assessment' && (gaming.enabled || gaming.auditShare > 0);
  const views = segmentViews(c, P, om, dose);
  const settings = settlementSettings(P, c.periodMonths);
  const bc = behaving ? behaviourContext(c, P, s, beh, views, dose, settings) : null;
  // Participation: providers re-price or leave at renewals; the investor may decline (the city then pays the per diem itself).
  const participation = P.behaviour.participation.enabled ? new Participation(c, P, s, beh, views, dose, settings) : null;
  const terms = c.rule.investorLedger?.(P.rule);
  const contract = terms && (!participation || participation.investorInvests(terms)) ? new OutcomeContract(terms, J, c.horizonMonths, drawBaseline(terms, views, streamFor(c.seed, run, 'comparison'))) : null;
  const ctx: PeriodContext = {
    c, P, s, auditStream: streamFor(c.seed, run, 'audit'), inputs: null, b: beh, contract, settings,
    gaming: reportsGamed ? gamingContext(streamFor(c.seed, run, 'gaming'), Math.max(...c.segments.map((g) => g.providers))) : null,
    observer,
  };
  observer?.begin({ s, views, needScale });
  if (bc) decideBehaviour(bc);
  updateTrueScores(c, om, views, needScale, s);

  const admission = new Admission(c, P, run, s, beh, om, contract, dose);
  const extraReliability = new ExtraReliability(c, om, views, P.sections.riskAdjustment.enabled);
  const G = c.segments.length;
  const monthly: MonthlyRates = {
    // Per provider, not looked up by name each month (run parameters are dictionary objects).
    costPerClientMonth: perProvider(c.providerSegment, P.segments, 'costPerClientMonth'),
    fixedCostPerMonth: perProvider(c.providerSegment, P.segments, 'fixedCostPerMonth'),
    hoursPerClientMonth: care.hoursPerClientMonth, delivered, lostMinutes, effortCostShare,
  };

  for (let t = 0; t < M; t++) {
    dischargeMonth(s, t);
    s.fallbackOccupancy -= s.fallbackDischarges[t];
    if (participation) participation.startOfMonth(t, contract);
    if (procurement && s.terminated + (participation ? participation.exits : 0) > s.replaced && procureReplacements(s, beh, markets, c.providerSegment, deficientBelow, dose, procurement, t - procurementDelay - 1)) {
      updateTrueScores(c, om, views, needScale, s);
      admission.refreshEffects();
    }
    const inWindow = t >= warmUp;
    for (let g = 0; g < G; g++) admitReferrals(admission, g, t);

    if (!inWindow) continue;
    const q = Math.floor((t - warmUp) / c.periodMonths);
    bookMonth(s, beh, q, monthly);
    if ((t - warmUp + 1) % c.periodMonths === 0 || t === M - 1) {
      bookTrueScores(s, q);
      if (participation) participation.settle(q, t - warmUp, contract);
      settlePeriod(ctx, q, t);
      extraReliability.add(s, q);
      if (bc && t < M - 1) { decideBehaviour(bc); updateTrueScores(c, om, views, needScale, s); admission.refreshEffects(); }
    }
  }

  extraReliability.finish(s);
  checkTotals(c, s, run);
  writeRunMetrics(c, P, s, beh, contract, participation, metricsOut, metricsOffset);
  return s;
}

/** Replace the providers whose contracts ended in month `endedIn`; true if any was. */
function procureReplacements(
  s: RunState, beh: BehaviourState, markets: readonly SegmentMarket[], segmentOf: ArrayLike<number>, deficientBelow: readonly number[],
  dose: number, procurement: Stream, endedIn: number,
): boolean {
  let any = false;
  for (let j = 0; j < s.providers; j++) {
    if (s.active[j] || s.endedAt[j] !== endedIn) continue;
    const g = segmentOf[j];
    replaceProvider(s, j, markets[g], dose, deficientBelow[g], procurement);
    beh.resetProvider(j, s.effect[j]);
    any = true;
  }
  return any;
}

/** Month t's discharges free their places (fields read once: a loop over s.x reloads them). */
function dischargeMonth(s: RunState, t: number): void {
  const occupancy = s.occupancy, discharges = s.discharges, stride = s.months + 1;
  for (let j = 0, J = s.providers; j < J; j++) occupancy[j] -= discharges[j * stride + t];
}

/** Period q's true-score cells: each provider's true rate times its measured clients. */
function bookTrueScores(s: RunState, q: number): void {
  const trueScore = s.trueScore, trueScoreRate = s.trueScoreRate, measured = s.measured, periods = s.periods;
  for (let j = 0, J = s.providers; j < J; j++) trueScore[j * periods + q] = trueScoreRate[j] * measured[j * periods + q];
}

/** A segment's monthly cost for each of its providers (a loop: Float64Array.from with a callback is slow). */
function perProvider(segmentOf: Int32Array, segments: readonly RunParams['segments'][number][], key: 'costPerClientMonth' | 'fixedCostPerMonth'): Float64Array {
  const out = new Float64Array(segmentOf.length);
  for (let j = 0; j < out.length; j++) out[j] = segments[segmentOf[j]][key];
  return out;
}

interface MonthlyRates {
  costPerClientMonth: Float64Array;
  fixedCostPerMonth: Float64Array;
  hoursPerClientMonth: number;
  /** Share of care hours delivered, and minutes per client-month lost to follow-up and reporting. */
  delivered: number;
  lostMinutes: number;
  effortCostShare: number;
}

/** A month of the contract window: client-months, costs and care hours of the active providers. */
function bookMonth(s: RunState, beh: BehaviourState, q: number, k: MonthlyRates): void {
  const { costPerClientMonth, fixedCostPerMonth, hoursPerClientMonth, delivered, lostMinutes, effortCostShare } = k;
  const active = s.active, occupancy = s.occupancy, clientMonths = s.clientMonths, clientMonthsTotal = s.clientMonthsTotal, cost = s.cost, effort = beh.effort;
  // Sums in locals, in the same order as adding to the fields one provider at a time.
  let careHours = s.careHours, adminHours = s.adminHours, effortSum = beh.effortSum, effortMonths = beh.effortMonths;
  for (let j = 0, J = s.providers, periods = s.periods; j < J; j++) {
    if (!active[j]) continue;
    const cm = occupancy[j];
    clientMonths[j * periods + q] += cm;
    clientMonthsTotal[j] += cm;
    cost[j] += cm * costPerClientMonth[j] + fixedCostPerMonth[j];
    careHours += cm * hoursPerClientMonth * delivered;
    adminHours += (cm * lostMinutes) / 60;
    if (effortCostShare > 0) cost[j] += cm * costPerClientMonth[j] * effortCostShare * effort[j];
    effortSum += effort[j];
    effortMonths++;
  }
  s.careHours = careHours; s.adminHours = adminHours; beh.effortSum = effortSum; beh.effortMonths = effortMonths;
  s.fallbackClientMonths += s.fallbackOccupancy;
}
