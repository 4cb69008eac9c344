/**
 * The tornado's estimate inputs: every fixed parameter whose spec is an estimate with a range,
 * listed once with the range's ends (a service's own range first), skipped where its switch is
 * off; and a tornado row over such an input is a plain run with the parameter at that end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, compileScenario, simulateScenario, summarise, type Scenario } from '../../../src/engine.js';
import { findEstimateInputs } from '../../../src/core/sensitivity/estimateInputs.js';
import { inputLabel } from '../../../src/core/sensitivity/inputLabel.js';
import { DEFAULT_SENSITIVITY, runSensitivity, sensitivityPlan } from '../../../src/core/sensitivity/runSensitivity.js';
import { setScenarioPaths } from '../../../src/core/sweep/setScenarioPaths.js';
import type { NumberSpec, ParamSpecs } from '../../../src/core/model/ParamSpec.js';
import { BEHAVIOUR_NAMES } from '../../../src/core/model/EngineParams.js';
import { tinyScenario } from '../../cli/tinyScenario.js';

/** The estimates with a range in a record, read straight from the specs. */
const estimatesOf = (specs: ParamSpecs): Array<[string, NumberSpec]> =>
  Object.entries(specs).filter((e): e is [string, NumberSpec] => e[1].kind === 'number' && e[1].estimate !== undefined && e[1].range !== undefined);

describe('findEstimateInputs', () => {
  it('lists each estimate with a range once, with its range ends and the scenario value as base', () => {
    const s = tinyScenario({ behaviour: { effort: { enabled: true } }, segments: [{ service: 'hvbYouth', providers: 6, params: { qualitySd: 0.4 } }] });
    const { inputs, skipped } = findEstimateInputs(s, catalogue);
    const paths = inputs.map((i) => i.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const [key, spec] of estimatesOf(catalogue.specs.segment)) {
      const i = inputs.filter((x) => x.path === `segments[0].params.${key}`);
      expect(i).toHaveLength(1);
      expect([i[0].low, i[0].high]).toEqual(spec.range);
    }
    expect(inputs.find((i) => i.path === 'segments[0].params.qualitySd')?.base).toBe(0.4);
    expect(inputs.find((i) => i.path === 'segments[0].params.episodeMedianMonths')?.base).toBe(catalogue.services.hvbYouth.defaults.episodeMedianMonths);
    for (const [key, spec] of estimatesOf(catalogue.specs.behaviours.effort)) {
      expect(inputs.filter((x) => x.path === `behaviour.effort.${key}`).map((x) => [x.low, x.high])).toEqual([spec.range]);
    }
    // Behaviours left off: their estimates are skipped, naming the switch.
    for (const [key] of estimatesOf(catalogue.specs.behaviours.gaming)) {
      expect(skipped).toContainEqual({ path: `behaviour.gaming.${key}`, switchOff: 'behaviour.gaming.enabled' });
    }
    expect(skipped).toContainEqual({ path: 'fallback.capacity', switchOff: 'fallback.capacityLimited' });
    // The payment rule is the design, and a measure's parameters its kind does not read are not inputs.
    expect(paths.some((p) => p.startsWith('payment.'))).toBe(false);
    expect(paths).not.toContain('measure.params.responseRate');
    expect(paths).toContain('measure.params.validity');
  });

  it("takes a service's own range before the parameter's", () => {
    const s = tinyScenario({ segments: [{ service: 'hvbYouth', providers: 3 }, { service: 'familyTherapyIhf', providers: 3 }] });
    const { inputs } = findEstimateInputs(s, catalogue);
    const own = catalogue.serviceRanges.familyTherapyIhf.ranges.pricePerDay!;
    expect(inputs.filter((i) => i.path === 'segments[1].params.pricePerDay').map((i) => [i.low, i.high])).toEqual([own]);
    // HVB youth's price is a sourced figure, not an estimate.
    expect(inputs.some((i) => i.path === 'segments[0].params.pricePerDay')).toBe(false);
    expect(inputLabel('segments[1].params.pricePerDay', s, catalogue).en).toBe(`${catalogue.specs.segment.pricePerDay.label.en} — ${catalogue.services.familyTherapyIhf.label.en}, segment 2`);
  });

  it('a distribution is not also an estimate; --inputs picks the kinds', () => {
    const s = tinyScenario({ segments: [{ service: 'hvbYouth', providers: 6, params: { qualityMean: { dist: 'normal', mean: 0.6, sd: 0.1 } } }] });
    const all = sensitivityPlan(s, 'all', catalogue).plan.ends;
    expect(all.filter((e) => e.path === 'segments[0].params.qualityMean').map((e) => e.kind)).toEqual(['distribution']);
    expect(sensitivityPlan(s, 'distributions', catalogue).plan.ends.map((e) => e.path)).toEqual(['segments[0].params.qualityMean']);
    expect(sensitivityPlan(s, 'estimates', catalogue).plan.ends.every((e) => e.kind === 'estimate')).toBe(true);
    expect(all.length).toBe(1 + sensitivityPlan(s, 'estimates', catalogue).plan.ends.length);
  });

  it('property: every estimate is an input or skipped, once; ends within bounds, whole for counts', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: BEHAVIOUR_NAMES.length, maxLength: BEHAVIOUR_NAMES.length }), fc.boolean(), fc.boolean(), (on, inspection, limited) => {
      const s = tinyScenario({
        behaviour: Object.fromEntries(BEHAVIOUR_NAMES.map((b, i) => [b, { enabled: on[i] }])),
        inspection: { enabled: inspection },
        fallback: { capacityLimited: limited },
      });
      const { inputs, skipped } = findEstimateInputs(s, catalogue);
      const paths = [...inputs.map((i) => i.path), ...skipped.map((x) => x.path)];
      expect(new Set(paths).size).toBe(paths.length);
      BEHAVIOUR_NAMES.forEach((b, i) => {
        for (const [key] of estimatesOf(catalogue.specs.behaviours[b])) expect(inputs.some((x) => x.path === `behaviour.${b}.${key}`)).toBe(on[i]);
      });
      expect(inputs.some((x) => x.path === 'fallback.capacity')).toBe(limited);
      for (const i of inputs) {
        const key = i.path.split('.').pop()!;
        const spec = Object.values({ ...catalogue.specs.sections, ...catalogue.specs.behaviours, segment: catalogue.specs.segment, measure: catalogue.specs.measure })
          .map((specs) => (specs as ParamSpecs)[key]).find((x) => x?.kind === 'number') as NumberSpec;
        expect(i.low).toBeLessThanOrEqual(i.high);
        if (spec.integer) { expect(Number.isInteger(i.low)).toBe(true); expect(Number.isInteger(i.high)).toBe(true); }
      }
    }), { numRuns: 40 });
  });
});

describe('a tornado row over an estimate', () => {
  it('equals a plain simulate of the scenario with that parameter at its end, metric for metric', async () => {
    const design: Scenario = tinyScenario({ runs: 40 });
    const results = new Map<string, ReturnType<typeof simulateScenario>>();
    const run = async (s: Scenario) => { const r = simulateScenario(compileScenario(s)); results.set(JSON.stringify(s), r); return r; };
    const out = await runSensitivity(design, undefined, { ...DEFAULT_SENSITIVITY, metric: 'purchaser.totalCost', inputs: 'estimates' }, run, catalogue);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const moving = out.result.tornado.filter((row) => (row.swing ?? 0) > 0);
    expect(moving.length).toBeGreaterThan(2);
    for (const row of moving.slice(0, 3)) {
      for (const end of ['low', 'high'] as const) {
        const set = setScenarioPaths(design, { [row.path]: row[end] }, catalogue);
        if (!set.ok) throw new Error(set.issues[0].problem);
        const plain = summarise(compileScenario(set.scenario), simulateScenario(compileScenario(set.scenario))).metrics;
        expect(end === 'low' ? row.metricLow : row.metricHigh).toBe(plain['purchaser.totalCost'].mean);
        const inTornado = results.get(JSON.stringify(set.scenario));
        expect(inTornado && JSON.stringify(summarise(compileScenario(set.scenario), inTornado).metrics)).toBe(JSON.stringify(plain));
      }
    }
  });
});
