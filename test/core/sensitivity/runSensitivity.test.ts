/** The analysis end to end on a tiny scenario, runs on this thread. */
import { describe, expect, it } from 'vitest';
import { catalogue, compileScenario, simulateScenario, summarise, type Scenario } from '../../../src/engine.js';
import { DEFAULT_SENSITIVITY, runSensitivity, sensitivityJobCount } from '../../../src/core/sensitivity/runSensitivity.js';
import { setScenarioPaths } from '../../../src/core/sweep/setScenarioPaths.js';
import { sensitivitySentence } from '../../../src/ui/data/sensitivityFigures.js';
import { tinyScenario } from '../../cli/tinyScenario.js';

const uncertain = (): Scenario => tinyScenario({
  runs: 50,
  segments: [{ service: 'hvbYouth', providers: 6, params: { costPerClientMonth: { dist: 'uniform', min: 90000, max: 110000 }, episodeMedianMonths: { dist: 'lognormal', median: 6, sdLog: 0.2 } } }],
});
const run = async (s: Scenario) => simulateScenario(compileScenario(s));

describe('runSensitivity', () => {
  it('base and ends are plain runs of the scenario with the inputs set; identical scenarios run once', async () => {
    let calls = 0;
    const design = uncertain();
    const out = await runSensitivity(design, undefined, { ...DEFAULT_SENSITIVITY, metric: 'purchaser.payments', inputs: 'distributions' }, async (s) => { calls++; return run(s); }, catalogue);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const r = out.result;
    expect(calls).toBeLessThanOrEqual(sensitivityJobCount(design, undefined, 'distributions', catalogue));
    const median = setScenarioPaths(design, { 'segments[0].params.costPerClientMonth': 100000, 'segments[0].params.episodeMedianMonths': 6 }, catalogue);
    expect(median.ok && summarise(compileScenario(median.scenario), await run(median.scenario)).metrics['purchaser.payments'].mean).toBe(r.base);
    expect(r.tornado.map((t) => t.path)).toEqual(['segments[0].params.episodeMedianMonths', 'segments[0].params.costPerClientMonth']);
    // The provider's own cost does not change what the city pays under this rule.
    expect(r.tornado[1].swing).toBe(0);
    expect(r.variance?.map((v) => v.path)[0]).toBe('segments[0].params.episodeMedianMonths');
    expect(r.evppi).toBeUndefined();
    expect(sensitivitySentence(r, 'en')).toMatch(/^The answer depends most on segments\[0\]\.params\.episodeMedianMonths/);
    expect(sensitivitySentence(r, 'sv')).toMatch(/^Svaret beror mest på segments\[0\]\.params\.episodeMedianMonths/);
  });

  it('with a baseline: paired differences, EVPI ≥ 0 and EVPPI per input', async () => {
    const design = uncertain();
    const baseline = { ...uncertain(), payment: { rule: 'perDiem' } };
    const out = await runSensitivity(design, baseline, { ...DEFAULT_SENSITIVITY, inputs: 'distributions' }, run, catalogue);
    expect(out.ok && out.result.evppi?.length).toBe(2);
    expect(out.ok && out.result.evpi).toBeGreaterThanOrEqual(0);
  });

  it('an end outside a parameter\'s bounds is an issue naming the path, before anything runs', async () => {
    let calls = 0;
    const design = tinyScenario({ segments: [{ service: 'hvbYouth', providers: 6, params: { costPerClientMonth: { dist: 'normal', mean: 1000, sd: 5000 } } }] });
    const out = await runSensitivity(design, undefined, DEFAULT_SENSITIVITY, async (s) => { calls++; return run(s); }, catalogue);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.issues[0].path).toBe('segments[0].params.costPerClientMonth');
    expect(calls).toBe(0);
  });
});
