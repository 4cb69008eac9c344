/**
 * The whole sensitivity analysis of a scenario (optionally against a baseline), with the
 * runs left to the caller: the CLI passes a thread or worker-thread pool, the page its Web
 * Worker pool. Steps:
 *
 *   1. tornado: every input given as a distribution at its 10th and 90th percentile, and
 *      every estimate at the ends of its documented range (estimateInputs), the others at
 *      their base, the metric (or its paired difference) at each end;
 *   2. from one run of the scenario as written (distributions drawn once per run): each such
 *      input's first-order share of the metric's variance, and with a baseline EVPI and EVPPI
 *      on incremental net benefit (λ × extra good outcomes − extra cost). Estimates are fixed
 *      within a run, so only the tornado covers them.
 *
 * Metrics are on the per-year basis `simulate` reports by default (flows per year), so EVPI
 * and EVPPI are in SEK per year. Every run uses the scenario's seed and runs (common random
 * numbers). An input also moves
 * in the baseline wherever the baseline accepts the same path, so a shared input (a cost, a
 * price) is compared like for like. Identical scenarios are run once.
 */
import { compileScenario } from '../compile/compileScenario.js';
import { isMetricId, metricDefinition, METRIC_IDS, type MetricId } from '../metrics/metricCatalogue.js';
import type { Scenario } from '../scenario/Scenario.js';
import type { IssueLine } from '../issues/messages.js';
import type { ModelCatalogue } from '../model/ModelCatalogue.js';
import type { SimulationResult } from '../simulate/SimulationResult.js';
import { compare } from '../summarise/compare.js';
import { summarise } from '../summarise/summarise.js';
import { basisFactor, metricColumn } from '../summarise/metricValues.js';
import { setScenarioPaths } from '../sweep/setScenarioPaths.js';
import { runInputValues } from './runInputs.js';
import { findEstimateInputs, type SkippedInput } from './estimateInputs.js';
import { tornadoPlan, tornadoRows, type InputChoice, type TornadoPlan, type TornadoRow } from './tornado.js';
import { findUncertainInputs } from './uncertainInputs.js';
import { evpi, evppi, incrementalNetBenefit } from './valueOfInformation.js';
import { firstOrderShare } from './varianceShares.js';

export interface SensitivityOptions {
  metric: MetricId;
  /** λ: what one more good outcome is worth to the decision maker, in SEK. */
  valuePerOutcome: number;
  outcomeMetric: MetricId;
  costMetric: MetricId;
  /** Which inputs the tornado varies. */
  inputs: InputChoice;
  /** Only these of them, by path (a benchmark's fixed set); all when not given. */
  only?: readonly string[];
}

export const DEFAULT_SENSITIVITY: SensitivityOptions = {
  metric: 'purchaser.totalCost',
  // About one year of HVB youth placement at 4,500 SEK a day (Motala municipality 2018): a
  // good outcome, a lower level of intervention, saves roughly that. An assumption to vary.
  valuePerOutcome: 1_600_000,
  outcomeMetric: 'outcomes.attributable',
  costMetric: 'purchaser.totalCost',
  inputs: 'all',
};

export interface SensitivityResult {
  metric: MetricId;
  inputs: InputChoice;
  /** The metric (or paired difference) with every input at its base. */
  base: number | null;
  tornado: TornadoRow[];
  /** Estimates left out because they cannot matter in this scenario (their switch is off). */
  skipped?: SkippedInput[];
  variance?: Array<{ path: string; share: number }>;
  /** SEK per year. */
  evpi?: number;
  evppi?: Array<{ path: string; value: number }>;
  valuePerOutcome?: number;
  outcomeMetric?: MetricId;
}

export type RunPoint = (s: Scenario) => Promise<SimulationResult>;

/** The tornado's inputs for a scenario and a choice of kinds, with the estimates skipped. */
export function sensitivityPlan(design: Scenario, choice: InputChoice, catalogue: ModelCatalogue): { plan: TornadoPlan; skipped: SkippedInput[]; distributions: number } {
  const distributions = findUncertainInputs(design);
  const estimates = choice === 'distributions' ? { inputs: [], skipped: [] } : findEstimateInputs(design, catalogue);
  return { plan: tornadoPlan(distributions, estimates.inputs, choice), skipped: estimates.skipped, distributions: choice === 'estimates' ? 0 : distributions.length };
}

/** How many distinct simulations an analysis needs at most (for progress). */
export function sensitivityJobCount(design: Scenario, baseline: Scenario | undefined, choice: InputChoice, catalogue: ModelCatalogue): number {
  const { plan, distributions } = sensitivityPlan(design, choice, catalogue);
  const n = plan.ends.length;
  return n === 0 ? 0 : (2 * n + 1 + (distributions > 0 ? 1 : 0)) * (baseline ? 2 : 1);
}

export async function runSensitivity(design: Scenario, baseline: Scenario | undefined, o: SensitivityOptions, run: RunPoint, catalogue: ModelCatalogue): Promise<{ ok: true; result: SensitivityResult } | { ok: false; issues: IssueLine[] }> {
  if (!isMetricId(o.metric)) return { ok: false, issues: [{ path: 'metric', problem: `unknown metric "${o.metric}"`, allowed: `one of ${METRIC_IDS.join(', ')}` }] };
  const { plan, skipped } = sensitivityPlan(design, o.inputs, catalogue);
  if (o.only) { const keep = new Set(o.only); plan.ends = plan.ends.filter((e) => keep.has(e.path)); }
  // The variance shares and the value of information are about the distributions (drawn per run).
  const inputs = o.inputs === 'estimates' ? [] : findUncertainInputs(design);
  const cache = new Map<string, Promise<SimulationResult>>();
  const once = (s: Scenario): Promise<SimulationResult> => {
    const key = JSON.stringify(s);
    let p = cache.get(key);
    if (!p) { p = run(s); cache.set(key, p); }
    return p;
  };
  // Which inputs the baseline shares: those whose path it accepts.
  const shared = new Set(baseline ? plan.ends.filter((e) => setScenarioPaths(baseline, { [e.path]: e.base }, catalogue).ok).map((e) => e.path) : []);

  const scenarios = (values: Record<string, number>): { ok: true; design: Scenario; baseline?: Scenario } | { ok: false; issues: IssueLine[] } => {
    const d = setScenarioPaths(design, values, catalogue);
    if (!d.ok) return d;
    if (!baseline) return { ok: true, design: d.scenario };
    const b = setScenarioPaths(baseline, Object.fromEntries(Object.entries(values).filter(([p]) => shared.has(p))), catalogue);
    return b.ok ? { ok: true, design: d.scenario, baseline: b.scenario } : b;
  };
  const valueOf = async (values: Record<string, number>): Promise<number | null> => {
    const s = scenarios(values);
    if (!s.ok) throw new Error('unreachable: checked before running');
    const d = await once(s.design);
    if (!s.baseline) return summarise(compileScenario(s.design, catalogue), d).metrics[o.metric].mean;
    const b = await once(s.baseline);
    return compare({ horizonMonths: s.design.horizonMonths, result: d }, { horizonMonths: s.baseline.horizonMonths, result: b })[o.metric].meanDiff;
  };

  // Every end is checked before anything runs: a percentile outside a parameter's bounds is an input error.
  const all = [plan.base, ...plan.ends.flatMap((e) => [{ ...plan.base, [e.path]: e.low }, { ...plan.base, [e.path]: e.high }])];
  for (const values of all) {
    const s = scenarios(values);
    if (!s.ok) return s;
  }
  const base = plan.ends.length ? await valueOf(plan.base) : null;
  const ends = new Map<string, number | null>();
  for (const e of plan.ends) {
    ends.set(`${e.path}|low`, await valueOf({ ...plan.base, [e.path]: e.low }));
    ends.set(`${e.path}|high`, await valueOf({ ...plan.base, [e.path]: e.high }));
  }
  const result: SensitivityResult = { metric: o.metric, inputs: o.inputs, base, tornado: tornadoRows(plan.ends, (p, end) => ends.get(`${p}|${end}`) ?? null) };
  if (o.inputs !== 'distributions') result.skipped = skipped;
  if (inputs.length === 0) return { ok: true, result };

  // One run of the scenario as written: inputs drawn once per run.
  const compiled = compileScenario(design, catalogue);
  const drawn = await once(design);
  const values = runInputValues(compiled, inputs.map((i) => i.path), drawn.runs);
  const baseRun = baseline && (await once(baseline));
  // Per-run values on the per-year basis (a ratio metric: its per-run ratio).
  const col = (r: SimulationResult, id: MetricId, months: number): Float64Array => {
    const def = metricDefinition(id);
    return metricColumn(r, def, basisFactor(def, 'perYear', months));
  };
  const y = col(drawn, o.metric, design.horizonMonths);
  if (baseRun && baseline) { const b = col(baseRun, o.metric, baseline.horizonMonths); for (let r = 0; r < y.length; r++) y[r] -= b[r]; }
  result.variance = inputs.map((input, i) => ({ path: input.path, share: firstOrderShare(values[i], y).share })).sort((a, b) => b.share - a.share);
  if (baseRun && baseline) {
    const [dm, bm] = [design.horizonMonths, baseline.horizonMonths];
    const inb = incrementalNetBenefit(o.valuePerOutcome, col(drawn, o.outcomeMetric, dm), col(baseRun, o.outcomeMetric, bm), col(drawn, o.costMetric, dm), col(baseRun, o.costMetric, bm));
    result.evpi = evpi(inb, values);
    result.evppi = inputs.map((input, i) => ({ path: input.path, value: evppi(inb, values[i]) })).sort((a, b) => b.value - a.value);
    result.valuePerOutcome = o.valuePerOutcome;
    result.outcomeMetric = o.outcomeMetric;
  }
  return { ok: true, result };
}
