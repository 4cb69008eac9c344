/**
 * Everything the per-client loop (admitReferrals) reads, laid out once per run: the streams,
 * the blocks their uniforms are drawn into, each segment's constants and episode-length table,
 * the measure's probabilities and noise cut points, and the run's state it books into. Built
 * before the first month, so the loop itself allocates nothing and computes nothing that is
 * the same for every client.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { RunParams } from '../compile/drawRunParams.js';
import { observationModel, type ObservationModel } from '../measure/ObservationModel.js';
import type { BehaviourState } from '../behaviour/BehaviourState.js';
import type { OutcomeContract } from '../contract/OutcomeContract.js';
import { gridCut } from '../rng/gridCut.js';
import { normalQuantile } from '../rng/normalQuantile.js';
import { streamFor, type Stream } from '../rng/Stream.js';
import { episodeLengths, type EpisodeLengths } from './EpisodeLengths.js';
import { AgeBands } from './AgeBands.js';
import type { RunState } from '../state/RunState.js';
import { exp } from '../rng/exp.js';
import { ArrayArena } from '../state/ArrayArena.js';

/**
 * Uniforms each referral draws from the cohort stream, always: sex, age band, need, episode
 * length, outcome.
 */
export const COHORT_DRAWS = 5;

/**
 * Uniforms each referral draws from the measure stream: those its measure kind uses, then one
 * for the risk model's estimate of need. The count depends on the measure kind only — never on
 * the payment rule, behaviour, risk adjustment or whether this client is measured — so a design
 * and its baseline with the same measure see the same measurement noise, referral by referral
 * (common random numbers). Binary: validity, otherwise, sensitivity/specificity. Rating: those
 * three (the third is the rating noise), response, "don't know", ceiling. Assessment: validity,
 * otherwise, inter-rater noise.
 */
export const MEASURE_DRAWS = { binary: 4, rating: 7, assessment: 4 } as const;

/** Referrals a provider-month's first blocks of uniforms hold; `reserve` doubles them when a month brings more. */
const FIRST_BLOCK = 16;

/** One market segment's constants for the run. */
export class SegmentRun {
  constructor(
    readonly offset: number,
    readonly providers: number,
    /** Referrals per month to the whole segment. */
    readonly rate: number,
    readonly a0: number,
    readonly b: number,
    readonly capacity: number,
    readonly shareFemale: number,
    /** Spread of need within a provider (case mix takes the rest of N(0, 1)). */
    readonly needScale: number,
    /** The effect the municipality's risk model assumes (an average provider). */
    readonly expectedEffect: number,
    readonly ages: AgeBands,
    readonly ageShift: Float64Array,
    readonly lengths: EpisodeLengths,
    /** The unmeasured outcome's need slope equals the measured one's: its e^−lin follows from the client's. */
    readonly sameUnmeasuredSlope: boolean,
    /** exp(−(unmeasuredA − a0 + δ)) for a client of the fallback and an untreated one (δ = 0). */
    readonly expUnmeasuredFallback: number,
    readonly expUnmeasuredUntreated: number,
    /** The segment's observation model and noise cuts (its own where its raters differ, `raterShift`). */
    readonly om: ObservationModel,
    readonly noiseCut: Float64Array,
  ) {}
}

export class Admission {
  readonly cohort: Stream;
  readonly measure: Stream;
  readonly referrals: Stream;
  /** One draw per referral while selection is on, whoever takes the client. */
  readonly selection: Stream | null;
  readonly measureDrawCount: number;
  /** A provider-month's uniforms, client after client (grown by `reserve`). */
  cohortDraws: Float64Array;
  measureDraws: Float64Array;
  readonly segments: SegmentRun[];
  /** Payment period of each month (for observations), −1 in warm-up. */
  readonly periodOf: Int32Array;
  readonly warmUp: number;
  readonly months: number;
  readonly lag: number;
  /** 0 binary, 1 rating, 2 assessment. */
  readonly kind: number;
  /**
   * Rating and assessment: recorded good iff the noise uniform is at least
   * noiseCut[2·signal + female], the first uniform at which
   * signal + female·femaleShift − threshold + noiseSd·Q(u) > 0 (rng/gridCut).
   */
  readonly noiseCut: Float64Array;
  readonly riskAdjusted: boolean;
  readonly riskNoiseSd: number;
  readonly fallbackQuality: number;
  readonly fallbackLimited: boolean;
  readonly fallbackCapacity: number;
  readonly seenNoise: number;
  readonly unmeasuredA: number;
  readonly unmeasuredB: number;
  /**
   * A client's chance of a good outcome is logistic(lin + δ) = 1 / (1 + e^−lin · e^−δ): one
   * exp per client, with e^−δ per provider for each effect (measured, without care time lost
   * to administration, unmeasured relative to the measured intercept), refreshed whenever
   * behaviour changes the effects (`refreshEffects`).
   */
  readonly expMinusEffect: Float64Array;
  readonly expMinusEffectFull: Float64Array;
  readonly expMinusUnmeasured: Float64Array;
  readonly expMinusFallback: number;
  /** Poisson means last used per provider (then one slot per segment for the fallback) and their CDF tables (rng/poissonInverse). */
  readonly poissonMean: Float64Array;
  readonly poissonTable: Float64Array[];
  /** Per segment: where the search for a free place starts next (round robin). */
  readonly cursor: Int32Array;
  /** Where the arrays above live; `arena.overflows` stays 0 (tests). */
  readonly arena: ArrayArena;

  constructor(
    c: CompiledScenario,
    P: RunParams,
    run: number,
    readonly s: RunState,
    readonly beh: BehaviourState,
    readonly om: ObservationModel,
    readonly contract: OutcomeContract | null,
    dose: number,
  ) {
    const J = s.providers, G = c.segments.length, measureDrawCount = MEASURE_DRAWS[om.kind];
    // One buffer for the run's arrays (state/ArrayArena): noise cuts, month → period, Poisson
    // memo, cursors, the providers' e^−δ, and the first blocks of uniforms.
    const a = new ArrayArena(ArrayArena.bytes(4 + (J + G) + 3 * J + (COHORT_DRAWS + measureDrawCount) * FIRST_BLOCK, s.months + G, 0, 9));
    this.arena = a;
    this.noiseCut = a.f64(4);
    this.referrals = streamFor(c.seed, run, 'referrals');
    this.cohort = streamFor(c.seed, run, 'cohort');
    this.measure = streamFor(c.seed, run, 'measure');
    const selection = P.behaviour.selection;
    this.selection = selection.enabled ? streamFor(c.seed, run, 'selection') : null;
    this.seenNoise = selection.needNoiseSd;
    this.unmeasuredA = P.behaviour.multitasking.unmeasuredLogOdds;
    this.unmeasuredB = P.behaviour.multitasking.unmeasuredNeedSlope;
    this.warmUp = P.sections.care.warmUpMonths;
    this.months = s.months;
    // Pushed one by one: Array.prototype.map occasionally returns a holey array, which deoptimises the kernel.
    this.segments = [];
    const kind = om.kind === 'binary' ? 0 : om.kind === 'rating' ? 1 : 2;
    const sharedCut = noiseCuts(om, kind);
    for (let g = 0; g < c.segments.length; g++) {
      const cs = c.segments[g];
      const sp = P.segments[g];
      const segmentOm = sp.raterShift !== 0 ? observationModel(om.kind, P.measure, sp.raterShift) : om;
      this.segments.push(new SegmentRun(
        cs.offset, cs.providers, sp.referralsPerProviderMonth * cs.providers, sp.baselineLogOdds, sp.needSlope, sp.capacity, sp.shareFemale,
        Math.sqrt(1 - sp.caseMixSd * sp.caseMixSd), sp.qualityMean * dose, ageBands(cs.ageCumulative), cs.ageShift,
        episodeLengths(sp.episodeMedianMonths, sp.episodeSdLog, s.months),
        this.unmeasuredB === sp.needSlope,
        exp(-(this.unmeasuredA - sp.baselineLogOdds + P.sections.fallback.quality)),
        exp(-(this.unmeasuredA - sp.baselineLogOdds)),
        segmentOm, segmentOm === om ? sharedCut : noiseCuts(segmentOm, kind),
      ));
    }
    this.periodOf = a.i32(s.months);
    for (let m = 0; m < s.months; m++) this.periodOf[m] = m < this.warmUp ? -1 : Math.floor((m - this.warmUp) / c.periodMonths);
    this.lag = Number(P.measure.lagMonths);
    this.kind = kind;
    this.measureDrawCount = measureDrawCount;
    this.cohortDraws = a.f64(COHORT_DRAWS * FIRST_BLOCK);
    this.measureDraws = a.f64(measureDrawCount * FIRST_BLOCK);
    this.noiseCut.set(sharedCut);
    const risk = P.sections.riskAdjustment;
    this.riskAdjusted = risk.enabled;
    this.riskNoiseSd = risk.needNoiseSd;
    const fallback = P.sections.fallback;
    this.fallbackQuality = fallback.quality;
    this.fallbackLimited = fallback.capacityLimited;
    this.fallbackCapacity = fallback.capacity;
    this.poissonMean = a.f64(J + G).fill(NaN);
    this.poissonTable = [];
    for (let i = 0; i < J + G; i++) this.poissonTable.push(NO_TABLE);
    this.expMinusFallback = exp(-this.fallbackQuality);
    this.cursor = a.i32(G);
    this.expMinusEffect = a.f64(J);
    this.expMinusEffectFull = a.f64(J);
    this.expMinusUnmeasured = a.f64(J);
    this.refreshEffects();
  }

  /** Room for the uniforms of n referrals. */
  reserve(n: number): void {
    const size = Math.max(n, 2 * (this.cohortDraws.length / COHORT_DRAWS));
    this.cohortDraws = new Float64Array(COHORT_DRAWS * size);
    this.measureDraws = new Float64Array(this.measureDrawCount * size);
  }

  /** e^−δ of every provider's effects, after behaviour has set them. */
  refreshEffects(): void {
    const { s, beh } = this;
    for (const sg of this.segments) {
      for (let j = sg.offset; j < sg.offset + sg.providers; j++) {
        this.expMinusEffect[j] = exp(-s.effect[j]);
        this.expMinusEffectFull[j] = exp(-s.effectFull[j]);
        this.expMinusUnmeasured[j] = exp(-(this.unmeasuredA - sg.a0 + beh.effectUnmeasured[j]));
      }
    }
  }
}

/** A slot's table before its first draw (its mean is NaN, so the first draw replaces it). */
const NO_TABLE = new Float64Array(0);

/**
 * Rating and assessment: for each (signal, female) the first uniform at which
 * signal + female·femaleShift − threshold + noiseSd·Q(u) > 0 (rng/gridCut).
 */
function noiseCuts(om: ObservationModel, kind: number): Float64Array {
  const cut = new Float64Array(4);
  if (kind === 0) return cut;
  for (let signal = 0; signal < 2; signal++) {
    for (let female = 0; female < 2; female++) {
      // The kernel's expression, term for term, so the cut reproduces it bit for bit.
      const x = signal + female * om.femaleShift - om.threshold;
      cut[2 * signal + female] = gridCut((u) => x + om.noiseSd * normalQuantile(u) > 0);
    }
  }
  return cut;
}

/** The age-band table of a compiled segment's cumulative shares, shared by the runs that use them. */
const ageTables = new WeakMap<Float64Array, AgeBands>();
function ageBands(cumulative: Float64Array): AgeBands {
  let t = ageTables.get(cumulative);
  if (!t) { t = new AgeBands(cumulative); ageTables.set(cumulative, t); }
  return t;
}
