/**
 * One segment's referrals in one month: the kernel's hot loop. Each provider draws its
 * referrals (Poisson, one uniform), and each referral becomes a client whose attributes,
 * episode length, true outcome under both worlds and measurement are decided at admission and
 * booked into the provider-period cells they fall in.
 *
 * Every referral draws the same uniforms (COHORT_DRAWS from `cohort`, MEASURE_DRAWS from
 * `measure`, one from `selection` while selection is on), whatever happens to it, so a design
 * and its baseline see the same clients (common random numbers). What a client's draws are
 * not needed for is not computed: a client discharged outside the window and not measured
 * only occupies a place, so its need and outcome are skipped.
 *
 * Kept apart from simulateRun so that V8 optimises it as a unit of its own: its inlining
 * budget goes to the draws, and the run's tallies live in locals until the end of the call.
 */
import { goodGivenCounted } from '../measure/ObservationModel.js';
import { normalCentral, normalQuantile, normalTail, P_HIGH, P_LOW } from '../rng/normalQuantile.js';
import { poissonCdf, poissonDraw, poissonFromTable, MAX_PART_MEAN } from '../rng/poissonInverse.js';
import { COHORT_DRAWS, type Admission } from './Admission.js';
import { exp } from '../rng/exp.js';

/** Need terciles of N(0, 1): below −0.4307 is the lowest third, above +0.4307 the highest. */
const TERCILE = 0.4307272992954576;

export function admitReferrals(a: Admission, g: number, t: number): void {
  const s = a.s, beh = a.beh, om = a.om;
  const sg = a.segments[g];
  const active = s.active, weight = s.weight, occupancy = s.occupancy, discharges = s.discharges;
  const offset = sg.offset, providers = sg.providers;
  let weightSum = 0;
  for (let j = offset; j < offset + providers; j++) if (active[j]) weightSum += weight[j];

  const cohort = a.cohort, measure = a.measure, referrals = a.referrals, selection = a.selection;
  const measureDraws = a.measureDrawCount, riskDraw = measureDraws - 1;
  let cu = a.cohortDraws, mu = a.measureDraws;
  const a0 = sg.a0, b = sg.b, capacity = sg.capacity, shareFemale = sg.shareFemale, scale = sg.needScale;
  const ages = sg.ages, ageShift = sg.ageShift, lengths = sg.lengths;
  const warmUp = a.warmUp, M = a.months, stride = M + 1, lag = a.lag, periods = s.periods, periodOf = a.periodOf;
  const inWindow = t >= warmUp;
  const kind = a.kind, noiseCut = sg.noiseCut, segmentOm = sg.om;
  const validity = om.validity, otherwiseRate = om.otherwiseRate;
  const dontKnow = om.dontKnow, ceiling = om.ceiling;
  // By signal S: P(recorded good | S) for a binary measure at [2S] (falsePositive, sensitivity), P(responds | S) at [S].
  const goodGivenSignal = om.goodGivenSignal, respondGivenSignal = om.respondGivenSignal;
  const riskAdjusted = a.riskAdjusted, riskNoiseSd = a.riskNoiseSd, expectedEffect = sg.expectedEffect;
  const fallbackQuality = a.fallbackQuality, fallbackLimited = a.fallbackLimited, fallbackCapacity = a.fallbackCapacity;
  const seenNoise = a.seenNoise, unmeasuredA = a.unmeasuredA, unmeasuredB = a.unmeasuredB, sameUnmeasuredSlope = sg.sameUnmeasuredSlope;
  const expMinusFallback = a.expMinusFallback, expUnmeasuredFallback = sg.expUnmeasuredFallback, expUnmeasuredUntreated = sg.expUnmeasuredUntreated;
  const fallbackDischarges = s.fallbackDischarges, bySex = s.bySex, byNeed = s.byNeed, measuredBySex = s.measuredBySex;
  const dischargedJ = s.discharged, trueGoodJ = s.trueGood, measuredCells = s.measured, observedCells = s.observed;
  const honestCells = s.honestObserved, expectedCells = s.expected;
  const counterfactualJ = a.contract ? a.contract.counterfactual : null;
  // Run tallies, kept in locals and written back at the end (same additions, same order).
  let fallbackOccupancy = s.fallbackOccupancy;
  let served = s.served, declined = s.declined, toFallback = s.toFallback, untreatedCount = beh.untreated, placedElsewhere = s.placedElsewhere;
  let dischargedAll = s.dischargedAll, trueGoodAll = s.trueGoodAll, counterfactualGoodAll = s.counterfactualGoodAll;
  let lostToAdmin = s.lostToAdmin, unmeasuredGood = beh.unmeasuredGood;

  const segmentRate = sg.rate;
  // With every provider gone, the segment's referrals still arrive and go to the fallback.
  const slots = weightSum > 0 ? providers : 1;
  for (let k = 0; k < slots; k++) {
    const j = weightSum > 0 ? offset + k : -1;
    if (j >= 0 && !active[j]) continue;
    const mean = j >= 0 ? (segmentRate * weight[j]) / weightSum : segmentRate;
    let n: number;
    if (mean <= MAX_PART_MEAN) {
      // The CDF table is kept while a provider's share of referrals is unchanged.
      const slot = j >= 0 ? j : s.providers + g;
      if (a.poissonMean[slot] !== mean) { a.poissonMean[slot] = mean; a.poissonTable[slot] = poissonCdf(mean); }
      n = poissonFromTable(a.poissonTable[slot], referrals.next());
    } else {
      n = poissonDraw(mean, referrals);
    }
    if (n === 0) continue;
    // The provider's referrals draw their uniforms in one block per stream: the same numbers,
    // client by client, as drawing them one client at a time.
    if (cu.length < COHORT_DRAWS * n) { a.reserve(n); cu = a.cohortDraws; mu = a.measureDraws; }
    cohort.fill(cu, COHORT_DRAWS * n);
    measure.fill(mu, measureDraws * n);
    const needMean = j >= 0 ? s.needMean[j] : 0;
    const expEffect = j >= 0 ? a.expMinusEffect[j] : 1, expEffectFull = j >= 0 ? a.expMinusEffectFull[j] : 1;
    const expUnmeasured = j >= 0 ? a.expMinusUnmeasured[j] : 1;
    const effectUnmeasured = j >= 0 ? beh.effectUnmeasured[j] : 0, declineAbove = j >= 0 ? beh.declineAbove[j] : Infinity;

    for (let r = 0, c = 0, m = 0; r < n; r++, c += COHORT_DRAWS, m += measureDraws) {
      // +(a < b) is 0 or 1 without a branch: these draws are coin flips that no branch
      // predictor can learn, and a mispredicted branch costs more than the arithmetic.
      const female = +(cu[c] < shareFemale);
      const band = ages.bandOf(cu[c + 1]);
      const discharge = t + lengths.lengthOf(cu[c + 3]);
      const uOutcome = cu[c + 4];
      const counts = discharge >= warmUp && discharge < M;
      const observedAt = discharge + lag;
      const observable = observedAt >= warmUp && observedAt < M;

      // A full provider's referral goes to the next provider of the segment with a free place
      // (round robin, no draw, so the streams stay aligned), and only then to the fallback.
      let p = j;
      if (j >= 0 && occupancy[j] >= capacity) {
        p = freePlace(active, occupancy, offset, providers, capacity, a.cursor[g]);
        if (p >= 0) { a.cursor[g] = p + 1 - offset < providers ? p + 1 - offset : 0; if (inWindow) placedElsewhere++; }
      }
      let toProvider = p >= 0;
      // Need decides selection, and the outcome of a client who counts or may be measured; a
      // client who does neither only takes a place, and its need is not computed.
      const un = cu[c + 2];
      // normalQuantile(un), its test written here so that the central formula is inlined.
      const z = selection !== null || counts || (toProvider && observable) ? needMean + scale * (un < P_LOW || un > P_HIGH ? normalTail(un) : normalCentral(un)) : 0;
      if (selection !== null) {
        const seen = z + seenNoise * normalQuantile(selection.next());
        if (toProvider && seen > (p === j ? declineAbove : beh.declineAbove[p])) { toProvider = false; if (inWindow) declined++; }
      }
      const untreated = !toProvider && fallbackLimited && fallbackOccupancy >= fallbackCapacity;
      // The effects of the provider that takes the client (usually the one it was referred to).
      const eEffect = p === j ? expEffect : toProvider ? a.expMinusEffect[p] : 1;
      const eEffectFull = p === j ? expEffectFull : toProvider ? a.expMinusEffectFull[p] : 1;
      const eUnmeasured = p === j ? expUnmeasured : toProvider ? a.expMinusUnmeasured[p] : 1;
      const dUnmeasured = p === j ? effectUnmeasured : toProvider ? beh.effectUnmeasured[p] : 0;
      if (toProvider) {
        occupancy[p]++;
        if (discharge < M) discharges[p * stride + discharge]++;
        if (inWindow) served++;
      } else if (untreated) {
        if (inWindow) untreatedCount++;
      } else {
        fallbackOccupancy++;
        if (discharge < M) fallbackDischarges[discharge]++;
        if (inWindow) toFallback++;
      }

      const measured = toProvider && observable;
      if (!counts && !measured) continue;
      const lin = a0 - b * z + ageShift[band];
      // One exp per client: in a world with effect δ the chance of a good outcome is
      // logistic(lin + δ) = 1 / (1 + e^−lin·e^−δ), and u < 1 / (1 + x) is u·(1 + x) < 1.
      const expLin = exp(-lin);
      const good = +(uOutcome * (1 + expLin * (toProvider ? eEffect : untreated ? 1 : expMinusFallback)) < 1);

      if (counts) {
        const counterfactualGood = +(uOutcome * (1 + expLin) < 1);
        const fullCareGood = toProvider ? +(uOutcome * (1 + expLin * eEffectFull) < 1) : good;
        dischargedAll++;
        trueGoodAll += good;
        counterfactualGoodAll += counterfactualGood;
        lostToAdmin += fullCareGood - good;
        bySex[2 * female]++;
        bySex[2 * female + 1] += good;
        const tercile = 2 * (+(z >= -TERCILE) + +(z > TERCILE));
        byNeed[tercile]++;
        byNeed[tercile + 1] += good;
        if (toProvider) { dischargedJ[p]++; trueGoodJ[p] += good; }
        if (toProvider && counterfactualJ !== null) counterfactualJ[p] += counterfactualGood;
        // The unmeasured outcome (no relapse after discharge), as its expected value. With the
        // same need slope its linear predictor is lin + (unmeasuredA − a0) + δ: no exp of its own.
        unmeasuredGood += sameUnmeasuredSlope
          ? 1 / (1 + expLin * (toProvider ? eUnmeasured : untreated ? expUnmeasuredUntreated : expUnmeasuredFallback))
          : logistic(unmeasuredA - unmeasuredB * z + ageShift[band] + (toProvider ? dUnmeasured : untreated ? 0 : fallbackQuality));
      }

      if (!measured) continue;
      const valid = +(mu[m] < validity);
      const signal = valid * good + (1 - valid) * +(mu[m + 1] < otherwiseRate);
      let recordedGood: number;
      if (kind === 0) {
        recordedGood = +(mu[m + 2] < goodGivenSignal[2 * signal]);
      } else {
        if (kind === 1 && !(mu[m + 3] < respondGivenSignal[signal] && mu[m + 4] >= dontKnow)) continue;
        recordedGood = +((kind === 1 && mu[m + 5] < ceiling) || mu[m + 2] >= noiseCut[2 * signal + female]);
      }
      const cell = p * periods + periodOf[observedAt];
      measuredCells[cell]++;
      measuredBySex[2 * female]++;
      observedCells[cell] += recordedGood;
      honestCells[cell] += recordedGood;
      measuredBySex[2 * female + 1] += recordedGood;
      if (riskAdjusted) {
        // The municipality's expectation: estimated need, an average provider.
        expectedCells[cell] += expectedGood(segmentOm, z + riskNoiseSd * normalQuantile(mu[m + riskDraw]), a0, b, ageShift[band], expectedEffect, female);
      }
    }
  }

  s.fallbackOccupancy = fallbackOccupancy;
  s.served = served; s.declined = declined; s.toFallback = toFallback; beh.untreated = untreatedCount; s.placedElsewhere = placedElsewhere;
  s.dischargedAll = dischargedAll; s.trueGoodAll = trueGoodAll; s.counterfactualGoodAll = counterfactualGoodAll;
  s.lostToAdmin = lostToAdmin; beh.unmeasuredGood = unmeasuredGood;
}

/**
 * Out of line, like the rarer paths below: they keep the hot loop's bytecode small enough for
 * V8 to inline the draws and the common path's exp into it.
 */
function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}

/** The municipality's expectation for a client of estimated need zHat at an average provider. */
function expectedGood(om: Parameters<typeof goodGivenCounted>[0], zHat: number, a0: number, b: number, ageShift: number, effect: number, female: number): number {
  return goodGivenCounted(om, 1 / (1 + exp(-(a0 - b * zHat + ageShift + effect))), female);
}

/** The first active provider of the segment with a free place, from `start` on and round; −1 if none. */
function freePlace(active: Uint8Array, occupancy: Int32Array, offset: number, providers: number, capacity: number, start: number): number {
  for (let i = 0; i < providers; i++) {
    const k = start + i < providers ? start + i : start + i - providers;
    const j = offset + k;
    if (active[j] && occupancy[j] < capacity) return j;
  }
  return -1;
}
