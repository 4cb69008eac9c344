import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/engine.js';
import { measures, measureSpecs, rules, segmentSpecs, services, sectionSpecs } from '../../../models/index.js';
import { testScenario } from '../../support/testScenario.js';
import { deepFreeze } from '../../support/deepFreeze.js';

describe('compileScenario', () => {
  it('layers defaults: spec default < service default < scenario value', () => {
    const c = compileScenario(testScenario({
      segments: [
        { service: 'tfco', providers: 2, params: { capacity: 3 } },
        { service: 'hvbYouth', providers: 1 },
      ],
    }));
    const [tfco, hvb] = c.segments;
    // scenario value wins
    expect(tfco.params.capacity).toBe(3);
    // service default beats the spec default
    expect(services.tfco.defaults.pricePerDay).not.toBe(segmentSpecs.pricePerDay.default);
    expect(tfco.params.pricePerDay).toBe(services.tfco.defaults.pricePerDay);
    expect(hvb.params.capacity).toBe(services.hvbYouth.defaults.capacity);
    // every spec has a value
    for (const seg of c.segments) expect(Object.keys(seg.params).sort()).toEqual(Object.keys(segmentSpecs).sort());
  });

  it('layers measure defaults the same way: spec < measure model < scenario', () => {
    const c = compileScenario(testScenario({ measure: { model: 'tfcoLighter', params: { sensitivity: 0.5 } } }));
    expect(c.measure.params.sensitivity).toBe(0.5);
    expect(c.measure.params.lagMonths).toBe(measures.tfcoLighter.defaults.lagMonths);
    expect(c.measure.params.ceiling).toBe(measureSpecs.ceiling.default);
  });

  it('fills rule parameters, payment settings and every section from their specs', () => {
    const c = compileScenario(testScenario({ payment: { rule: 'withhold', params: { target: 0.7 }, settings: { period: 'year' } }, inspection: { enabled: true } }));
    expect(c.rule).toBe(rules.withhold);
    expect(c.ruleParams).toEqual({ withholdShare: 0.1, target: 0.7 });
    expect(c.periodMonths).toBe(12);
    expect(c.sections.inspection.enabled).toBe(true);
    expect(c.sections.inspection.auditsPerYear).toBe(sectionSpecs.inspection.auditsPerYear.default);
    expect(Object.keys(c.sections).sort()).toEqual(Object.keys(sectionSpecs).sort());
  });

  it('lays out providers segment after segment', () => {
    const c = compileScenario(testScenario({ segments: [{ service: 'tfco', providers: 2 }, { service: 'hvbYouth', providers: 3 }] }));
    expect(c.providerCount).toBe(5);
    expect(c.segments.map((s) => s.offset)).toEqual([0, 2]);
    expect(Array.from(c.providerSegment)).toEqual([0, 0, 1, 1, 1]);
  });

  it('normalises age-band shares into a cumulative table ending exactly at 1', () => {
    const c = compileScenario(testScenario());
    const cum = Array.from(c.segments[0].ageCumulative);
    expect(cum[cum.length - 1]).toBe(1);
    const shares = services.hvbYouth.ageBands.map((b) => b.share);
    expect(cum[0]).toBeCloseTo(shares[0] / shares.reduce((a, b) => a + b, 0), 12);
    expect(Array.from(c.segments[0].ageShift)).toEqual(services.hvbYouth.ageBands.map((b) => b.logitShift));
  });

  it('defaults the market to fixed and keeps seed, runs and horizon', () => {
    const c = compileScenario(testScenario({ seed: 99, runs: 7, horizonMonths: 30 }));
    expect([c.market, c.seed, c.runs, c.horizonMonths]).toEqual(['fixed', 99, 7, 30]);
  });

  it('never mutates the scenario, and later edits to the scenario do not reach the compiled params', () => {
    const s = deepFreeze(testScenario({ segments: [{ service: 'hvbYouth', providers: 2, params: { capacity: 4, qualityMean: { dist: 'uniform', min: 0, max: 1 } } }], care: { hoursPerClientMonth: 30 } }));
    const before = JSON.stringify(s);
    const c = compileScenario(s);
    expect(JSON.stringify(s)).toBe(before);
    expect(c.segments[0].params).not.toBe(s.segments[0].params);
    expect(c.sections.care).not.toBe(s.care);
  });

  it('ignores inherited keys (no prototype pollution through a scenario)', () => {
    const params = JSON.parse('{"__proto__": {"polluted": 1}, "capacity": 4}') as Record<string, number>;
    const c = compileScenario(testScenario({ segments: [{ service: 'hvbYouth', providers: 1, params }] }));
    expect(c.segments[0].params.capacity).toBe(4);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(c.segments[0].params)).not.toContain('__proto__');
  });
});
