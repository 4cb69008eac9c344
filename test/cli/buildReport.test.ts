import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/cli/buildReport.js';
import { runScenario } from '../../src/cli/runScenario.js';
import { ENGINE, METRIC_IDS } from '../../src/engine.js';
import { tinyScenario } from './tinyScenario.js';

describe('buildReport', () => {
  it('follows the JSON contract: engine, scenario, seed, runs and every metric in catalogue order', async () => {
    const report = buildReport(await runScenario(tinyScenario()));
    expect(Object.keys(report)).toEqual(['engine', 'scenario', 'seed', 'runs', 'basis', 'horizonMonths', 'assumptions', 'metrics']);
    expect(report.basis).toBe('perYear');
    expect(report.assumptions.behaviours).toEqual([]);
    expect(report.engine).toEqual({ name: ENGINE.name, version: ENGINE.version });
    expect(report.scenario).toEqual({ id: 'tiny', title: { sv: 'Litet', en: 'Tiny' } });
    expect(report.seed).toBe(42);
    expect(report.runs).toBe(30);
    expect(Object.keys(report.metrics)).toEqual(METRIC_IDS);
    for (const id of METRIC_IDS) expect(Object.keys(report.metrics[id])).toEqual(['mean', 'sd', 'se', 'p05', 'p50', 'p95', 'n', 'undefinedRuns', 'unit', 'basis']);
  });

  it('writes null, never NaN, for what cannot be measured', async () => {
    // Nobody is ever measured: a 12-month lag falls after a 1-month horizon.
    const s = tinyScenario({ horizonMonths: 1, measure: { model: 'lowerIntervention', params: { lagMonths: '12' } } });
    const report = buildReport(await runScenario(s), { providers: true });
    expect(report.metrics['outcomes.observedRate']).toEqual({ mean: null, sd: null, se: null, p05: null, p50: null, p95: null, n: 0, undefinedRuns: 30, unit: 'share', basis: 'share' });
    expect(JSON.stringify(report)).not.toMatch(/NaN/);
    for (const p of report.providers!) expect(p.observedRate).toBeNull();
  });

  it('adds the paired comparison and the providers only when asked', async () => {
    const s = tinyScenario();
    const design = await runScenario(s);
    const baseline = await runScenario({ ...s, id: 'base', payment: { rule: 'perDiem' } });
    const report = buildReport(design, { baseline, providers: true });
    expect(report.comparison?.baseline.id).toBe('base');
    expect(Object.keys(report.comparison!.metrics)).toEqual(METRIC_IDS);
    expect(report.comparison!.metrics['purchaser.payments'].meanDiff!).toBeGreaterThan(0);
    expect(report.providers).toHaveLength(6);
    expect(buildReport(design).providers).toBeUndefined();
  });
});
