import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_NAMES, compileScenario, comparisonWarnings, type Scenario } from '../../../src/engine.js';
import { drawRunParams } from '../../../src/core/compile/drawRunParams.js';
import { WorkerPool } from '../../../src/worker/WorkerPool.js';
import { BatchRunner } from '../../../src/ui/run/BatchRunner.js';
import { baselineFor } from '../../../src/ui/state/baselineFor.js';
import { comparisonPlan, withBehaviour, withoutBehaviour } from '../../../src/ui/state/responsePlan.js';
import { comparisonCard } from '../../../src/ui/data/comparisonFigures.js';
import { inProcessWorker } from '../run/inProcessWorker.js';

const design: Scenario = {
  schemaVersion: 1, id: 'small', title: { sv: 'Liten', en: 'Small' }, seed: 3, runs: 30, horizonMonths: 12,
  segments: [{ service: 'hvbYouth', providers: 6 }], measure: { model: 'lowerIntervention' },
  payment: { rule: 'outcomeBonus' }, care: { warmUpMonths: 2 },
};
const baseline = { ...baselineFor(design), seed: 9, runs: 40 };
const scenarioOf = (plan: ReturnType<typeof comparisonPlan>, key: string): Scenario => plan.jobs.find((j) => j.key === key)!.scenario;

describe('the respond / do-not-respond plan', () => {
  it('without pairs is the comparison itself: baseline first, designs on its seed and runs', () => {
    const plan = comparisonPlan(baseline, [design], false);
    expect(plan.jobs.map((j) => j.key)).toEqual(['baseline', 'design-0']);
    expect(plan.jobs[1].scenario).toMatchObject({ seed: 9, runs: 40 });
    expect(plan.pairs).toEqual([]);
  });
  it('runs a design without behaviours once more, with every behaviour on, against a baseline with the same behaviours', () => {
    const plan = comparisonPlan(baseline, [design], true);
    const [pair] = plan.pairs;
    // With no behaviour on, "do not respond" is the comparison itself: no job runs twice.
    expect(pair.columns.still).toEqual({ design: 'design-0', baseline: 'baseline' });
    expect(plan.jobs).toHaveLength(4);
    const d = scenarioOf(plan, pair.columns.respond.design), b = scenarioOf(plan, pair.columns.respond.baseline);
    expect(BEHAVIOUR_NAMES.every((n) => d.behaviour?.[n]?.enabled === true)).toBe(true);
    expect(b.behaviour).toEqual(d.behaviour);
    expect(d.payment).toEqual(design.payment);
    expect(b.payment).toEqual(baseline.payment);
    expect(d).toMatchObject({ seed: 9, runs: 40 });
    // Only the rule differs in each column.
    expect(comparisonWarnings(compileScenario(d), compileScenario(b)).map((w) => w.code)).toEqual(comparisonWarnings(compileScenario({ ...design, seed: 9, runs: 40 }), compileScenario(baseline)).map((w) => w.code));
  });
  it('keeps a design\'s own behaviours as the "respond" column and switches them all off for the other', () => {
    const own: Scenario = { ...design, behaviour: { effort: { enabled: true } } };
    expect(withBehaviour(own)).toBe(own);
    expect(withoutBehaviour(own).behaviour).toBeUndefined();
    const plan = comparisonPlan(baseline, [own], true);
    const { still, respond } = plan.pairs[0].columns;
    expect(respond.design).toBe('design-0');
    expect(scenarioOf(plan, respond.baseline).behaviour).toEqual({ effort: { enabled: true } });
    expect(scenarioOf(plan, still.design).behaviour).toBeUndefined();
    expect(still.baseline).toBe('baseline');
  });
  it('draws a strength given as a distribution once per run, the same on both sides of a column, through the batch runner', async () => {
    const uncertain: Scenario = { ...design, behaviour: { multitasking: { enabled: true, strength: { dist: 'uniform', min: 1, max: 6 } } } };
    const plan = comparisonPlan(baseline, [uncertain], true);
    const { respond } = plan.pairs[0].columns;
    const cd = compileScenario(scenarioOf(plan, respond.design)), cb = compileScenario(scenarioOf(plan, respond.baseline));
    const draws = [0, 1, 2, 3].map((r) => drawRunParams(cd, r).behaviour.multitasking.strength);
    expect(new Set(draws).size).toBe(4);
    expect([0, 1, 2, 3].map((r) => drawRunParams(cb, r).behaviour.multitasking.strength)).toEqual(draws);
    const out = await new BatchRunner(new WorkerPool(inProcessWorker, 2), () => performance.now()).run(plan.jobs);
    expect(out.status).toBe('done');
    const byKey = new Map(out.results.map((r) => [r.key, r]));
    const card = comparisonCard(byKey.get(respond.design)!, byKey.get(respond.baseline)!, 'en');
    expect(card.runs).toBe(40);
    expect(card.rows.map((r) => r.key)).toContain('unmeasured');
    expect(card.warnings.some((w) => /behaviour/i.test(w))).toBe(false);
  });
});
