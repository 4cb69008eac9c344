/**
 * The pilot planner: for the scenario's measure and services, how many measured clients per
 * provider it takes to find a provider `d` points worse than the benchmark, by the textbook
 * formula and by simulating the measure; the trade-off between wrong flags and misses across
 * thresholds for each judging window, from the engine's own runs; and what a pilot of the
 * scenario's size can and cannot show.
 *
 *   planSetup ──▶ rocCounts (runs, chunkable) + simulatePower (replicates, chunkable) ──▶ finishPlan
 *
 * `planPilot` does it all in this thread; the page splits the two simulations over its worker
 * pool and calls `finishPlan` with the merged counts (the same numbers either way).
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import { drawRunParams } from '../compile/drawRunParams.js';
import type { Text } from '../model/ParamSpec.js';
import { normalQuantile } from '../rng/normalQuantile.js';
import { FLAG_WINDOWS, type FlagWindow } from '../simulate/flagWindow.js';
import { explainDifference, pilotCannotShow, pilotCanShow, sampleSizeSentence } from './planText.js';
import { providerSpread, reliabilityAt } from './providerSpread.js';
import { emptyRocCounts, rocCounts, rocPoints, type RocCounts, type RocPoint, type RocSetup } from './rocCurve.js';
import { oneSampleN, oneSamplePower, twoGroupN } from './sampleSize.js';
import { emptyPowerCounts, simulatePower, type PowerCounts, type PowerSetup } from './simulatePower.js';
import { PlanInputError, typicalProvider, type TypicalProvider } from './typicalProvider.js';

export { PlanInputError };

export interface PlanOptions {
  /** Points lower in the true good-outcome rate (default 0.1)… */
  difference?: number;
  /** …or a multiple (0 to 1) of the typical provider's rate, for rare outcomes. */
  relative?: number;
  /** Benchmark on the measure's recorded scale; default the typical provider's recorded rate. */
  benchmark?: number;
  alpha?: number;
  power?: number;
  windows?: readonly FlagWindow[];
  /** Whole-scenario runs for the ROC (default the scenario's runs). */
  runs?: number;
  /** Simulated providers for the power curve (default 2,000). */
  replicates?: number;
}

export const PLAN_DEFAULTS = { difference: 0.1, alpha: 0.05, power: 0.8, replicates: 2000 } as const;
/** Thresholds of the ROC, in standard errors; the scenario's own zCritical is added. */
export const ROC_THRESHOLDS = [0, 0.5, 1, 1.282, 1.645, 1.96, 2.326, 2.576, 3, 3.5] as const;
/** The simulation stops at this many measured clients per provider. */
export const MAX_SIMULATED_CLIENTS = 5000;

export interface PlanSetup {
  options: Required<Omit<PlanOptions, 'relative' | 'benchmark' | 'difference'>> & Pick<PlanOptions, 'relative' | 'benchmark' | 'difference'>;
  roc: RocSetup;
  /** One per service (its first segment). */
  providers: TypicalProvider[];
  power: PowerSetup[];
  zCritical: number;
}

/** Checks the options (each problem names its option and what is allowed) and lays out the work. */
export function planSetup(c: CompiledScenario, o: PlanOptions = {}): PlanSetup {
  const alpha = o.alpha ?? PLAN_DEFAULTS.alpha, power = o.power ?? PLAN_DEFAULTS.power;
  if (!(alpha > 0 && alpha < 0.5)) throw new PlanInputError('--alpha', `${alpha} is not a one-sided level`, 'a number above 0 and below 0.5, e.g. 0.05');
  if (!(power > alpha && power < 1)) throw new PlanInputError('--power', `${power} is not a power`, `a number above alpha (${alpha}) and below 1, e.g. 0.8`);
  if (o.difference !== undefined && o.relative !== undefined) throw new PlanInputError('--relative', 'given together with --difference', 'one of --difference or --relative');
  if (o.difference !== undefined && !(o.difference > 0 && o.difference < 1)) throw new PlanInputError('--difference', `${o.difference} is not a difference in rates`, 'a number above 0 and below 1 (0.1 = 10 points)');
  if (o.relative !== undefined && !(o.relative > 0 && o.relative < 1)) throw new PlanInputError('--relative', `${o.relative} is not a multiple below 1`, 'a number above 0 and below 1 (0.5 = half the typical rate)');
  if (o.benchmark !== undefined && !(o.benchmark > 0 && o.benchmark < 1)) throw new PlanInputError('--benchmark', `${o.benchmark} is not a rate`, 'a number above 0 and below 1');
  const replicates = o.replicates ?? PLAN_DEFAULTS.replicates;
  const runs = o.runs ?? c.runs;
  const windows = o.windows ?? FLAG_WINDOWS;
  const difference = o.relative === undefined ? o.difference ?? PLAN_DEFAULTS.difference : undefined;
  const P = drawRunParams(c, 0);
  const zCritical = P.sections.flagging.zCritical;
  const thresholds = [...new Set([...ROC_THRESHOLDS, zCritical])].sort((a, b) => a - b);
  const providers: TypicalProvider[] = [];
  const seen = new Set<string>();
  c.segments.forEach((seg, g) => {
    if (seen.has(seg.service.id)) return;
    seen.add(seg.service.id);
    providers.push(typicalProvider(c, P, g, { difference, relative: o.relative }, o.benchmark));
  });
  const z = normalQuantile(1 - alpha);
  const powerSetups = providers.map((tp): PowerSetup => {
    const guess = oneSampleN(tp.benchmark, tp.deficientRecorded, alpha, power);
    const nMax = Math.min(MAX_SIMULATED_CLIENTS, Math.max(100, Math.ceil(3 * (Number.isFinite(guess) ? guess : MAX_SIMULATED_CLIENTS))));
    return { seed: c.seed, provider: tp, z, nMax, caseMixSd: P.segments[tp.segment].caseMixSd };
  });
  return {
    options: { alpha, power, windows, runs, replicates, difference, relative: o.relative, benchmark: o.benchmark },
    roc: { windows, thresholds, benchmark: o.benchmark ?? (P.sections.flagging.reference === 'benchmark' ? P.sections.flagging.benchmarkRate : NaN) },
    providers,
    power: powerSetups,
    zCritical,
  };
}

export interface RocWindow {
  window: FlagWindow;
  /** Months of data a provider is judged on once the window is full. */
  months: number;
  /** Measured clients of a typical provider (first service) in such a window. */
  measuredPerProvider: number;
  /** Power to flag the deficient provider with that many clients at level alpha. */
  power: { formula: number; simulation: number | null };
  roc: RocPoint[];
  /** The point at the scenario's own threshold (flagging.zCritical). */
  atThreshold: RocPoint;
}

export interface SampleSize {
  service: string;
  /** Benchmark (recorded scale) and the rate the formula tests against it. */
  benchmark: number;
  trueRate: number;
  deficientTrueRate: number;
  deficientRecorded: number;
  /** Share of discharged clients who are measured, and measured clients per month of a typical provider. */
  countedShare: number;
  measuredPerMonth: number;
  formula: { perProvider: number; months: number | null; deficientRate: number };
  /** The same formula on the gap the measure actually records. */
  formulaOnRecordedGap: { perProvider: number; months: number | null };
  /** Clients per group to tell two groups (e.g. districts) with rates benchmark and benchmark − d apart. */
  twoGroups: { perGroup: number };
  simulation: { perProvider: number | null; months: number | null; nMax: number; replicates: number; typicalFlagged: number | null; powerAtFormulaN: number };
  /** Months of a typical provider to reach the simulation's number (the formula's if the simulation finds none). */
  months: number | null;
  sentence: Text;
  explanation: Text[];
}

export interface PilotPlan {
  providers: number;
  months: number;
  measuredPerProvider: number;
  measuredTotal: number;
  followUpHours: number;
  reliability: number;
  scoreRange: [number, number];
  powerAtPilot: number;
  canShow: Text[];
  cannotShow: Text[];
}

export interface PlanResult {
  scenario: { id: string; title: Text };
  seed: number;
  runs: number;
  settings: { difference: number | null; relative: number | null; benchmark: number | null; alpha: number; power: number; zCritical: number };
  windows: RocWindow[];
  sampleSize: SampleSize;
  services: SampleSize[];
  pilot: PilotPlan;
}

function windowMonths(c: CompiledScenario, w: FlagWindow): number {
  if (w === 'period') return c.periodMonths;
  if (w === 'cumulative') return c.horizonMonths;
  return Math.min(Number(w), c.horizonMonths);
}

const monthsFor = (n: number | null, perMonth: number): number | null => (n !== null && perMonth > 0 ? Math.ceil(n / perMonth) : null);

function firstReaching(curve: Float64Array, replicates: number, target: number): number | null {
  for (let n = 1; n < curve.length; n++) if (curve[n] / replicates >= target) return n;
  return null;
}

/** The plan from the merged counts of both simulations. */
export function finishPlan(c: CompiledScenario, setup: PlanSetup, roc: RocCounts, power: PowerCounts[]): PlanResult {
  const { alpha, power: target } = setup.options;
  const P = drawRunParams(c, 0);
  const services = setup.providers.map((tp, i): SampleSize => {
    const g = tp.segment;
    const pc = power[i];
    const perMonth = roc.providerMonths[g] > 0 ? roc.measured[g] / roc.providerMonths[g] : 0;
    const naiveRate = setup.options.relative !== undefined ? setup.options.relative * tp.benchmark : tp.benchmark - (tp.trueRate - tp.deficientTrueRate);
    const formulaN = oneSampleN(tp.benchmark, naiveRate, alpha, target);
    const recordedN = oneSampleN(tp.benchmark, tp.deficientRecorded, alpha, target);
    const simN = firstReaching(pc.flaggedDeficient, pc.replicates, target);
    const nAtFormula = Math.min(Math.ceil(formulaN), setup.power[i].nMax);
    const simMonths = monthsFor(simN, perMonth);
    const perProvider = Math.ceil(formulaN);
    return {
      service: tp.service,
      benchmark: tp.benchmark,
      trueRate: tp.trueRate,
      deficientTrueRate: tp.deficientTrueRate,
      deficientRecorded: tp.deficientRecorded,
      countedShare: tp.countedShare,
      measuredPerMonth: perMonth,
      formula: { perProvider, months: monthsFor(perProvider, perMonth), deficientRate: naiveRate },
      formulaOnRecordedGap: { perProvider: Math.ceil(recordedN), months: monthsFor(Math.ceil(recordedN), perMonth) },
      twoGroups: { perGroup: Math.ceil(twoGroupN(tp.benchmark, naiveRate, alpha, target)) },
      simulation: {
        perProvider: simN, months: simMonths, nMax: setup.power[i].nMax, replicates: pc.replicates,
        typicalFlagged: simN === null ? null : pc.flaggedTypical[simN] / pc.replicates,
        powerAtFormulaN: pc.flaggedDeficient[nAtFormula] / pc.replicates,
      },
      months: simN !== null ? simMonths : monthsFor(perProvider, perMonth),
      sentence: sampleSizeSentence(tp.trueRate - tp.deficientTrueRate, target, simN, simMonths),
      explanation: explainDifference({
        trueDifference: tp.trueRate - tp.deficientTrueRate, recordedDifference: tp.benchmark - tp.deficientRecorded,
        formulaN, recordedN, simulationN: simN, nMax: setup.power[i].nMax, countedShare: tp.countedShare,
        caseMixSd: setup.power[i].caseMixSd, typicalFlagged: simN === null ? null : pc.flaggedTypical[simN] / pc.replicates, alpha,
      }),
    };
  });
  const first = services[0], firstTp = setup.providers[0], firstPower = power[0];
  const windows = setup.roc.windows.map((window, w): RocWindow => {
    const months = windowMonths(c, window);
    const n = Math.round(first.measuredPerMonth * months);
    const points = rocPoints(roc, setup.roc, w);
    return {
      window, months, measuredPerProvider: n,
      power: {
        formula: n > 0 ? oneSamplePower(firstTp.benchmark, firstTp.deficientRecorded, alpha, n) : 0,
        simulation: n <= setup.power[0].nMax ? firstPower.flaggedDeficient[n] / firstPower.replicates : null,
      },
      roc: points,
      atThreshold: points[setup.roc.thresholds.indexOf(setup.zCritical)],
    };
  });
  return {
    scenario: { id: c.scenario.id, title: c.scenario.title },
    seed: c.seed,
    runs: roc.runs,
    settings: {
      difference: setup.options.difference ?? null, relative: setup.options.relative ?? null, benchmark: setup.options.benchmark ?? null,
      alpha, power: target, zCritical: setup.zCritical,
    },
    windows,
    sampleSize: first,
    services,
    pilot: pilotPlan(c, P, setup, roc, first, firstPower),
  };
}

function pilotPlan(c: CompiledScenario, P: ReturnType<typeof drawRunParams>, setup: PlanSetup, roc: RocCounts, first: SampleSize, pc: PowerCounts): PilotPlan {
  const runs = Math.max(1, roc.runs);
  let measured = 0, clientMonths = 0;
  for (let g = 0; g < c.segments.length; g++) { measured += roc.measured[g]; clientMonths += roc.clientMonths[g]; }
  const measuredTotal = measured / runs;
  const measuredPerProvider = measuredTotal / c.providerCount;
  const fu = P.sections.followUp;
  const followUpHours = ((clientMonths / runs) * fu.perClientYear / 12) * (fu.extraMinutes / 60);
  const spread = providerSpread(P, setup.providers[0]);
  const nFirst = Math.max(1, Math.round(first.measuredPerMonth * c.horizonMonths));
  const sd = Math.sqrt(spread.between + (spread.mean * (1 - spread.mean)) / nFirst);
  const n = Math.min(nFirst, setup.power[0].nMax);
  const facts = {
    providers: c.providerCount, months: c.horizonMonths, measuredPerProvider, measuredTotal, followUpHours,
    reliability: reliabilityAt(spread, nFirst),
    scoreLow: Math.max(0, spread.mean - 1.645 * sd), scoreHigh: Math.min(1, spread.mean + 1.645 * sd),
    powerAtPilot: pc.flaggedDeficient[n] / pc.replicates,
    neededPerProvider: first.simulation.perProvider, monthsNeeded: first.simulation.months,
    difference: first.trueRate - first.deficientTrueRate, power: setup.options.power,
  };
  return {
    providers: facts.providers, months: facts.months, measuredPerProvider, measuredTotal, followUpHours,
    reliability: facts.reliability, scoreRange: [facts.scoreLow, facts.scoreHigh], powerAtPilot: facts.powerAtPilot,
    canShow: pilotCanShow(facts), cannotShow: pilotCannotShow(facts),
  };
}

/** Everything in this thread: the CLI's path, and the reference for the page's split one. */
export function planPilot(c: CompiledScenario, o: PlanOptions = {}): PlanResult {
  const setup = planSetup(c, o);
  const roc = rocCounts(c, setup.roc, 0, setup.options.runs, emptyRocCounts(setup.roc, c.segments.length));
  const power = setup.power.map((ps) => simulatePower(ps, 0, setup.options.replicates, emptyPowerCounts(ps.nMax)));
  return finishPlan(c, setup, roc, power);
}
