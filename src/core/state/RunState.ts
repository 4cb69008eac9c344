/**
 * Everything one run keeps, as typed arrays (struct of arrays). Memory is
 * O(providers × months): no per-client storage, because a client's outcome and measurement
 * are decided at admission and booked into the provider-period cells they belong to.
 */
import { ArrayArena } from './ArrayArena.js';

export class RunState {
  /** Months simulated: warm-up + horizon. */
  readonly months: number;
  readonly periods: number;
  // per provider
  readonly quality: Float64Array;
  readonly effect: Float64Array;
  readonly effectFull: Float64Array;
  readonly deficient: Uint8Array;
  /** Mean need of the clients sent to each provider (its case mix). */
  readonly needMean: Float64Array;
  /** Each provider's true score on the measure (providerTrueScore), for reliability. */
  readonly trueScoreRate: Float64Array;
  readonly active: Uint8Array;
  /** Month a provider's contract was ended, −1 while it holds one (procurement replaces it). */
  readonly endedAt: Int32Array;
  readonly weight: Float64Array;
  readonly occupancy: Int32Array;
  readonly revenue: Float64Array;
  readonly cost: Float64Array;
  readonly clientMonthsTotal: Float64Array;
  readonly discharged: Float64Array;
  readonly trueGood: Float64Array;
  readonly measuredTotal: Float64Array;
  readonly observedTotal: Float64Array;
  readonly periodsActive: Float64Array;
  readonly periodsFlagged: Float64Array;
  // per provider × month (discharge calendar), per provider × period
  readonly discharges: Int32Array;
  readonly clientMonths: Float64Array;
  readonly measured: Float64Array;
  readonly observed: Float64Array;
  readonly honestObserved: Float64Array;
  readonly expected: Float64Array;
  readonly trueScore: Float64Array;
  /** 1 where the cell's provider held its contract when the period was settled. */
  readonly settled: Uint8Array;
  // fallback provider
  readonly fallbackDischarges: Int32Array;
  fallbackOccupancy = 0;
  // run totals
  served = 0; declined = 0; toFallback = 0;
  /** Referrals placed with another provider of the segment because the first was full. */
  placedElsewhere = 0;
  /** Contracts taken over by a new provider after procurement. */
  replaced = 0;
  fallbackClientMonths = 0;
  dischargedAll = 0; trueGoodAll = 0; counterfactualGoodAll = 0; lostToAdmin = 0;
  readonly bySex: Float64Array; // [n male, good male, n female, good female]
  readonly byNeed: Float64Array; // [n, good] for low, middle and high need: [0, 1], [2, 3], [4, 5]
  /** Measured clients and recorded good outcomes by sex, as recorded at admission: [n male, good male, n female, good female]. */
  readonly measuredBySex: Float64Array;
  careHours = 0; adminHours = 0;
  payments = 0; audits = 0; terminated = 0;
  flaggedAcceptable = 0; acceptablePeriods = 0; missedDeficient = 0; deficientPeriods = 0;
  reliabilitySum = 0; reliabilityPeriods = 0;
  /** Reliability with case mix as noise, and of the risk-adjusted rate (simulate/extraReliability). */
  reliabilityQualitySum = 0; reliabilityQualityPeriods = 0; reliabilityAdjustedSum = 0; reliabilityAdjustedPeriods = 0;
  /** Money paid above today's per diem, in all and to truly deficient providers. */
  bonusAll = 0; bonusToDeficient = 0;
  auditBudget = 0;

  /** Where the arrays live (one buffer per run); `arena.overflows` stays 0 (tests). */
  readonly arena: ArrayArena;

  constructor(readonly providers: number, warmUp: number, horizon: number, readonly periodMonths: number) {
    this.months = warmUp + horizon;
    this.periods = Math.ceil(horizon / periodMonths);
    const J = providers, P = J * this.periods, D = J * (this.months + 1), F = this.months + 1;
    // 15 per-provider and 6 per-cell doubles, 4 + 6 + 4 tallies; calendars, ends, occupancy; flags: 31 arrays.
    const a = this.arena = new ArrayArena(ArrayArena.bytes(15 * J + 6 * P + 14, D + F + 2 * J, 2 * J + P, 31));
    this.quality = a.f64(J); this.effect = a.f64(J); this.effectFull = a.f64(J);
    this.deficient = a.u8(J); this.needMean = a.f64(J); this.trueScoreRate = a.f64(J); this.active = a.u8(J).fill(1);
    this.endedAt = a.i32(J).fill(-1);
    this.weight = a.f64(J).fill(1); this.occupancy = a.i32(J);
    this.revenue = a.f64(J); this.cost = a.f64(J); this.clientMonthsTotal = a.f64(J);
    this.discharged = a.f64(J); this.trueGood = a.f64(J); this.measuredTotal = a.f64(J); this.observedTotal = a.f64(J);
    this.periodsActive = a.f64(J); this.periodsFlagged = a.f64(J);
    this.discharges = a.i32(D);
    this.clientMonths = a.f64(P); this.measured = a.f64(P); this.observed = a.f64(P); this.honestObserved = a.f64(P);
    this.expected = a.f64(P); this.trueScore = a.f64(P); this.settled = a.u8(P);
    this.fallbackDischarges = a.i32(F);
    this.bySex = a.f64(4); this.byNeed = a.f64(6); this.measuredBySex = a.f64(4);
    settleTallies(this, RUN_TALLIES);
  }
}

const RUN_TALLIES = [
  'fallbackOccupancy', 'served', 'declined', 'toFallback', 'placedElsewhere', 'replaced', 'fallbackClientMonths', 'dischargedAll', 'trueGoodAll', 'counterfactualGoodAll',
  'lostToAdmin', 'careHours', 'adminHours', 'payments', 'audits', 'terminated', 'flaggedAcceptable', 'acceptablePeriods', 'missedDeficient',
  'deficientPeriods', 'reliabilitySum', 'reliabilityPeriods',
  'reliabilityQualitySum', 'reliabilityQualityPeriods', 'reliabilityAdjustedSum', 'reliabilityAdjustedPeriods', 'auditBudget', 'bonusAll', 'bonusToDeficient',
] as const;

/**
 * V8 gives an object's field the representation of the first value stored (an integer 0 is a
 * small integer) and treats it as constant until a second store. A tally that starts at 0 and
 * later holds a fraction, or is simply updated, therefore changes the object's map during the
 * first run, and the kernels V8 is compiling against the old map are thrown away (a chunk of
 * unoptimised runs per worker). Storing a fraction and then zero makes every tally a mutable
 * double from the first object on; the values are the same.
 */
export function settleTallies<K extends string>(o: { [key in K]: number }, keys: readonly K[]): void {
  for (const k of keys) { o[k] = 0.5; o[k] = 0; }
}
