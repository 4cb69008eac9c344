/**
 * Simulation results → the CLI's report, the one structure every output format prints. Its
 * JSON form is the CLI's stable contract (docs/scenario-format.md): engine, scenario, seed,
 * runs, the basis flows are reported on, the behaviour assumption, each metric across runs
 * (with unit and basis), optionally the paired comparison with a baseline (differences,
 * verdicts and the ways the two differ besides the rule) and the per-provider results. Keys
 * are written in a fixed order and nothing depends on the clock, so the same scenario and
 * seed give byte-identical output. Values that cannot be measured are null.
 */
import {
  behaviourAssumption, behavioursOn, compare, comparisonWarnings, ENGINE, METRIC_IDS, summarise,
  type ComparisonWarning, type Difference, type MetricId, type MetricSummary, type OutputBasis, type ProviderSummary, type Scenario, type Text,
} from '../engine.js';
import type { RunOutcome } from './runScenario.js';

export interface ScenarioRef {
  id: string;
  title: Scenario['title'];
}

export interface Report {
  engine: { name: string; version: string };
  scenario: ScenarioRef;
  seed: number;
  runs: number;
  /** Flows (totals over the horizon) per year or for the whole contract. */
  basis: OutputBasis;
  horizonMonths: number;
  assumptions: { behaviours: string[]; text: Text };
  metrics: Record<MetricId, MetricSummary>;
  comparison?: { baseline: ScenarioRef; warnings: ComparisonWarning[]; metrics: Record<MetricId, Difference> };
  providers?: ProviderSummary[];
}

export interface ReportOptions {
  baseline?: RunOutcome;
  providers?: boolean;
  basis?: OutputBasis;
  /** Smallest important differences replacing the catalogue's (on the report's basis). */
  smallest?: Partial<Record<MetricId, number>>;
}

export function buildReport(design: RunOutcome, options: ReportOptions = {}): Report {
  const basis = options.basis ?? 'perYear';
  const c = design.compiled;
  const summary = summarise(c, design.result, { basis });
  const report: Report = {
    engine: { name: ENGINE.name, version: ENGINE.version },
    scenario: ref(c.scenario),
    seed: c.seed,
    runs: c.runs,
    basis,
    horizonMonths: c.horizonMonths,
    assumptions: { behaviours: behavioursOn(c), text: behaviourAssumption(c) },
    metrics: {} as Record<MetricId, MetricSummary>,
  };
  for (const id of METRIC_IDS) report.metrics[id] = { ...summary.metrics[id] };
  if (options.baseline) {
    const b = options.baseline.compiled;
    const diffs = compare({ horizonMonths: c.horizonMonths, result: design.result }, { horizonMonths: b.horizonMonths, result: options.baseline.result }, { basis, smallest: options.smallest });
    const metrics = {} as Record<MetricId, Difference>;
    for (const id of METRIC_IDS) metrics[id] = { ...diffs[id] };
    report.comparison = { baseline: ref(b.scenario), warnings: comparisonWarnings(c, b), metrics };
  }
  if (options.providers) report.providers = summary.providers;
  return report;
}

function ref(s: Scenario): ScenarioRef {
  return { id: s.id, title: { sv: s.title.sv, en: s.title.en } };
}
