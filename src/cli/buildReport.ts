/**
 * Simulation results → the CLI's report, the one structure every output format prints. Its
 * JSON form is the CLI's stable contract (docs/scenario-format.md): engine, scenario, seed,
 * runs, each metric across runs, optionally the paired comparison with a baseline and the
 * per-provider results. Keys are written in a fixed order and nothing depends on the clock,
 * so the same scenario and seed give byte-identical output. Values that cannot be measured
 * are null (summarise and compare never pass NaN on).
 */
import { compare, ENGINE, METRIC_IDS, summarise, type Description, type Difference, type ProviderSummary, type Scenario } from '../core/index.js';
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
  metrics: Record<string, Description>;
  comparison?: { baseline: ScenarioRef; metrics: Record<string, Difference> };
  providers?: ProviderSummary[];
}

export interface ReportOptions {
  baseline?: RunOutcome;
  providers?: boolean;
}

export function buildReport(design: RunOutcome, options: ReportOptions = {}): Report {
  const summary = summarise(design.compiled, design.result);
  const s = design.compiled.scenario;
  const report: Report = {
    engine: { name: ENGINE.name, version: ENGINE.version },
    scenario: ref(s),
    seed: design.compiled.seed,
    runs: design.compiled.runs,
    metrics: {},
  };
  for (const id of METRIC_IDS) {
    const d = summary.metrics[id];
    report.metrics[id] = { mean: d.mean, sd: d.sd, se: d.se, p05: d.p05, p50: d.p50, p95: d.p95, n: d.n };
  }
  if (options.baseline) {
    const diffs = compare(design.result, options.baseline.result);
    const metrics: Record<string, Difference> = {};
    for (const id of METRIC_IDS) {
      const d = diffs[id];
      metrics[id] = { meanDiff: d.meanDiff, se: d.se, p05: d.p05, p95: d.p95, n: d.n };
    }
    report.comparison = { baseline: ref(options.baseline.compiled.scenario), metrics };
  }
  if (options.providers) report.providers = summary.providers;
  return report;
}

function ref(s: Scenario): ScenarioRef {
  return { id: s.id, title: { sv: s.title.sv, en: s.title.en } };
}
