/**
 * One run: one realisation of the whole system over warm-up + horizon months (DESIGN §2).
 *
 * Month by month: discharges free places, each provider draws its referrals (Poisson, one
 * uniform each), and each referral becomes a client whose attributes, episode length, true
 * outcome under both worlds and measurement are drawn at admission and booked into the
 * provider-period cells they fall in. At the end of each payment period `settlePeriod` pays,
 * flags and inspects. Streams: one per model part (market, referrals, cohort, measure, audit),
 * and every referral draws a fixed number of uniforms from each, so a scenario and its
 * baseline see the same clients (common random numbers).
 *
 * Provider behaviour (src/core/behaviour) is decided per provider per payment period, before
 * the first month and after each settlement, never per client: it sets each provider's effect
 * and the observed need above which it declines. Its draws come from streams of their own
 * (`selection`: one per referral while selection is on; `gaming`, `comparison`), so with every
 * behaviour off the run is exactly what it was without them.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import { drawRunParams } from '../compile/drawRunParams.js';
import { goodGivenCounted, observationModel } from '../measure/ObservationModel.js';
import { logistic } from '../rng/logistic.js';
import { normalQuantile } from '../rng/normalQuantile.js';
import { poissonDraw } from '../rng/poissonInverse.js';
import { Stream, streamFor } from '../rng/Stream.js';
import { RunState } from './RunState.js';
import { providerTrueScore } from '../measure/providerTrueScore.js';
import { settlePeriod, type PeriodContext } from './settlePeriod.js';
import { writeRunMetrics } from './writeRunMetrics.js';
import { BehaviourState } from '../behaviour/BehaviourState.js';
import { behaviourContext } from '../behaviour/BehaviourContext.js';
import { decideBehaviour } from '../behaviour/decideBehaviour.js';
import { segmentViews } from '../behaviour/SegmentView.js';
import { gamingContext } from '../behaviour/gameReports.js';
import { OutcomeContract } from '../contract/OutcomeContract.js';
import { drawBaseline } from '../contract/drawBaseline.js';
import type { SocialOutcomesParams } from '../../../models/rules/socialOutcomes.js';

/** Need terciles of N(0, 1): below −0.4307 is the lowest third, above +0.4307 the highest. */
const TERCILE = 0.4307272992954576;

export function simulateRun(c: CompiledScenario, run: number, metricsOut: Float64Array, metricsOffset: number): RunState {
  const P = drawRunParams(c, run);
  const care = P.sections.care;
  const followUp = P.sections.followUp;
  const risk = P.sections.riskAdjustment;
  const warmUp = care.warmUpMonths;
  const J = c.providerCount;
  const s = new RunState(J, warmUp, c.horizonMonths, c.periodMonths);
  const M = s.months;
  const stride = M + 1;

  const market = c.market === 'fixed' ? new Stream(`${c.seed}|market`) : streamFor(c.seed, run, 'market');
  const referrals = streamFor(c.seed, run, 'referrals');
  const cohort = streamFor(c.seed, run, 'cohort');
  const measure = streamFor(c.seed, run, 'measure');

  // Care time: minutes of follow-up and reporting per client-month come out of H care hours.
  const lostMinutes = (followUp.perClientYear / 12) * followUp.extraMinutes * followUp.shareFromCare + followUp.providerReportingMinutes;
  const delivered = Math.max(0, 1 - lostMinutes / 60 / care.hoursPerClientMonth);
  const dose = care.doseResponse === 'concave' ? Math.sqrt(delivered) : delivered;

  // Case mix has a stream of its own so quality draws are the same with or without it.
  const caseMix = c.market === 'fixed' ? new Stream(`${c.seed}|casemix`) : streamFor(c.seed, run, 'casemix');
  const deficientZ = normalQuantile(P.sections.flagging.deficientQuantile);
  for (let j = 0; j < J; j++) {
    const seg = P.segments[c.providerSegment[j]];
    const eps = normalQuantile(market.next());
    s.quality[j] = seg.qualityMean + seg.qualitySd * eps;
    // Deficient means worse than most; with no spread in quality nobody is.
    s.deficient[j] = seg.qualitySd > 0 && eps < deficientZ ? 1 : 0;
    s.effectFull[j] = s.quality[j];
    s.effect[j] = s.quality[j] * dose;
    s.needMean[j] = seg.caseMixSd * normalQuantile(caseMix.next());
  }
  // Within a provider need varies less, so that need across all clients stays N(0, 1).
  const needScale = P.segments.map((seg) => Math.sqrt(1 - seg.caseMixSd * seg.caseMixSd));

  const om = observationModel(c.measure.model.kind, P.measure);
  const kind = om.kind === 'binary' ? 0 : om.kind === 'rating' ? 1 : 2;
  const lag = Number(P.measure.lagMonths);
  const riskAdjusted = risk.enabled;
  const fallbackQuality = P.sections.fallback.quality;
  const fallbackLimited = P.sections.fallback.capacityLimited;
  const fallbackCapacity = P.sections.fallback.capacity;

  // Behaviour and the outcomes contract: state of their own, used only when switched on.
  const { effort, selection, gaming, multitasking } = P.behaviour;
  const beh = new BehaviourState(J, s.effect);
  const behaving = effort.enabled || selection.enabled || multitasking.enabled;
  const selecting = selection.enabled;
  const selectionStream = selecting ? streamFor(c.seed, run, 'selection') : null;
  const seenNoise = selection.needNoiseSd;
  const effortCostShare = effort.enabled ? effort.costShare : 0;
  const unmeasuredA = multitasking.unmeasuredLogOdds, unmeasuredB = multitasking.unmeasuredNeedSlope;
  const reportsGamed = P.measure.reporter === 'provider' && kind !== 2 && (gaming.enabled || gaming.auditShare > 0);
  const views = segmentViews(c, P, om, dose);
  const bc = behaving ? behaviourContext(c, P, s, beh, views, dose) : null;
  const contract = c.outcomeContract
    ? new OutcomeContract(P.rule as unknown as SocialOutcomesParams, J, c.horizonMonths, drawBaseline(P.rule as unknown as SocialOutcomesParams, views, streamFor(c.seed, run, 'comparison')))
    : null;
  const ctx: PeriodContext = {
    c, P, s, auditStream: streamFor(c.seed, run, 'audit'), inputs: null, b: beh, contract,
    gaming: reportsGamed ? gamingContext(streamFor(c.seed, run, 'gaming'), Math.max(...c.segments.map((g) => g.providers))) : null,
  };
  const updateTrueScores = (): void => {
    for (let j = 0; j < J; j++) {
      const g = c.providerSegment[j];
      s.trueScoreRate[j] = providerTrueScore(om, views[g], s.needMean[j], needScale[g], s.effect[j]);
    }
  };
  if (bc) decideBehaviour(bc);
  updateTrueScores();

  for (let t = 0; t < M; t++) {
    for (let j = 0; j < J; j++) s.occupancy[j] -= s.discharges[j * stride + t];
    s.fallbackOccupancy -= s.fallbackDischarges[t];
    const inWindow = t >= warmUp;

    for (let g = 0; g < c.segments.length; g++) {
      const cs = c.segments[g];
      const sp = P.segments[g];
      let weightSum = 0;
      for (let j = cs.offset; j < cs.offset + cs.providers; j++) if (s.active[j]) weightSum += s.weight[j];
      const segmentRate = sp.referralsPerProviderMonth * cs.providers;
      const a0 = sp.baselineLogOdds, b = sp.needSlope, capacity = sp.capacity;
      const medianLength = sp.episodeMedianMonths, sdLog = sp.episodeSdLog, shareFemale = sp.shareFemale;
      const scale = needScale[g];
      const expectedEffect = sp.qualityMean * dose;
      // With every provider gone, the segment's referrals still arrive and go to the fallback.
      const slots = weightSum > 0 ? cs.providers : 1;
      for (let k = 0; k < slots; k++) {
        const j = weightSum > 0 ? cs.offset + k : -1;
        if (j >= 0 && !s.active[j]) continue;
        const mean = j >= 0 ? (segmentRate * s.weight[j]) / weightSum : segmentRate;
        const n = poissonDraw(mean, referrals);
        for (let r = 0; r < n; r++) {
          // Cohort draws: five per referral, always.
          const female = cohort.next() < shareFemale ? 1 : 0;
          const ua = cohort.next();
          let band = 0;
          while (ua > cs.ageCumulative[band]) band++;
          const z = (j >= 0 ? s.needMean[j] : 0) + scale * normalQuantile(cohort.next());
          const length = Math.max(1, Math.round(medianLength * Math.exp(sdLog * normalQuantile(cohort.next()))));
          const uOutcome = cohort.next();
          // Measurement draws: seven per referral, always.
          const m1 = measure.next(), m2 = measure.next(), m3 = measure.next(), m4 = measure.next();
          const m5 = measure.next(), m6 = measure.next(), m7 = measure.next();

          let toProvider = j >= 0 && s.occupancy[j] < capacity;
          if (selectionStream) {
            // One draw per referral, whoever takes it, so every threshold sees the same noise.
            const seen = z + seenNoise * normalQuantile(selectionStream.next());
            if (toProvider && seen > beh.declineAbove[j]) { toProvider = false; if (inWindow) s.declined++; }
          }
          const untreated = !toProvider && fallbackLimited && s.fallbackOccupancy >= fallbackCapacity;
          const lin = a0 - b * z + cs.ageShift[band];
          const p0 = logistic(lin);
          const p1 = logistic(lin + (toProvider ? s.effect[j] : untreated ? 0 : fallbackQuality));
          const pFull = toProvider ? logistic(lin + s.effectFull[j]) : p1;
          const good = uOutcome < p1 ? 1 : 0;
          const discharge = t + length;

          if (toProvider) {
            s.occupancy[j]++;
            if (discharge < M) s.discharges[j * stride + discharge]++;
            if (inWindow) s.served++;
          } else if (untreated) {
            if (inWindow) beh.untreated++;
          } else {
            s.fallbackOccupancy++;
            if (discharge < M) s.fallbackDischarges[discharge]++;
            if (inWindow) s.toFallback++;
          }

          if (discharge >= warmUp && discharge < M) {
            s.dischargedAll++;
            s.trueGoodAll += good;
            s.counterfactualGoodAll += uOutcome < p0 ? 1 : 0;
            s.lostToAdmin += (uOutcome < pFull ? 1 : 0) - good;
            s.bySex[2 * female]++;
            s.bySex[2 * female + 1] += good;
            if (z < -TERCILE) { s.byNeed[0]++; s.byNeed[1] += good; } else if (z > TERCILE) { s.byNeed[2]++; s.byNeed[3] += good; }
            if (toProvider) { s.discharged[j]++; s.trueGood[j] += good; }
            if (toProvider && contract) contract.counterfactual[j] += uOutcome < p0 ? 1 : 0;
            // The unmeasured outcome (no relapse after discharge), as its expected value.
            beh.unmeasuredGood += logistic(unmeasuredA - unmeasuredB * z + cs.ageShift[band] + (toProvider ? beh.effectUnmeasured[j] : untreated ? 0 : fallbackQuality));
          }

          const observedAt = discharge + lag;
          if (!toProvider || observedAt < warmUp || observedAt >= M) continue;
          const signal = m1 < om.validity ? good : m2 < om.otherwiseRate ? 1 : 0;
          let counted = true;
          let recordedGood: boolean;
          if (kind === 0) {
            recordedGood = signal ? m3 < om.sensitivity : m3 < om.falsePositive;
          } else {
            if (kind === 1) counted = m4 < (signal ? om.respondGood : om.respondPoor) && m5 >= om.dontKnow;
            recordedGood = (kind === 1 && m6 < om.ceiling) || signal + female * om.femaleShift - om.threshold + om.noiseSd * normalQuantile(m3) > 0;
          }
          if (!counted) continue;
          const cell = j * s.periods + Math.floor((observedAt - warmUp) / c.periodMonths);
          s.measured[cell]++;
          if (recordedGood) { s.observed[cell]++; s.honestObserved[cell]++; }
          if (riskAdjusted) {
            // The municipality's expectation: estimated need, an average provider.
            const zHat = z + risk.needNoiseSd * normalQuantile(m7);
            s.expected[cell] += goodGivenCounted(om, logistic(a0 - b * zHat + cs.ageShift[band] + expectedEffect), female);
          }
        }
      }
    }

    if (!inWindow) continue;
    const q = Math.floor((t - warmUp) / c.periodMonths);
    for (let j = 0; j < J; j++) {
      if (!s.active[j]) continue;
      const sp = P.segments[c.providerSegment[j]];
      const cm = s.occupancy[j];
      s.clientMonths[j * s.periods + q] += cm;
      s.clientMonthsTotal[j] += cm;
      s.cost[j] += cm * sp.costPerClientMonth + sp.fixedCostPerMonth;
      s.careHours += cm * care.hoursPerClientMonth * delivered;
      s.adminHours += (cm * lostMinutes) / 60;
      if (effortCostShare > 0) s.cost[j] += cm * sp.costPerClientMonth * effortCostShare * beh.effort[j];
      beh.effortSum += beh.effort[j];
      beh.effortMonths++;
    }
    s.fallbackClientMonths += s.fallbackOccupancy;
    if ((t - warmUp + 1) % c.periodMonths === 0 || t === M - 1) {
      for (let j = 0; j < J; j++) s.trueScore[j * s.periods + q] = s.trueScoreRate[j] * s.measured[j * s.periods + q];
      settlePeriod(ctx, q, t);
      if (bc && t < M - 1) { decideBehaviour(bc); updateTrueScores(); }
    }
  }

  writeRunMetrics(c, P, s, beh, contract, metricsOut, metricsOffset);
  return s;
}
