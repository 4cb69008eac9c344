import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawRunParams } from '../../../src/core/compile/drawRunParams.js';
import { segmentSpecs } from '../../../models/index.js';
import { compiledTestScenario } from '../../support/testScenario.js';
import { expectWithinSE } from '../../support/monteCarlo.js';
import type { NumberSpec } from '../../../src/core/model/ParamSpec.js';

describe('drawRunParams', () => {
  it('passes plain values through unchanged', () => {
    const c = compiledTestScenario({ segments: [{ service: 'hvbYouth', providers: 2, params: { qualityMean: 0.42 } }], payment: { rule: 'withhold', params: { target: 0.6 } } });
    const p = drawRunParams(c, 0);
    expect(p.segments[0].qualityMean).toBe(0.42);
    expect(p.rule.target).toBe(0.6);
    expect(p.payment.period).toBe('quarter');
    expect(p.sections.inspection.enabled).toBe(false);
  });

  it('keeps every draw within the parameter\'s bounds, for any distribution (property)', () => {
    const spec = segmentSpecs.shareFemale as NumberSpec;
    const dist = fc.oneof(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b]) => ({ dist: 'uniform' as const, min: Math.min(a, b), max: Math.max(a, b) })),
      fc.record({ dist: fc.constant('normal' as const), mean: fc.double({ min: 0, max: 1, noNaN: true }), sd: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ dist: fc.constant('lognormal' as const), median: fc.double({ min: 0.01, max: 1, noNaN: true }), sdLog: fc.double({ min: 0, max: 3, noNaN: true }) }),
      fc.record({ dist: fc.constant('beta' as const), alpha: fc.double({ min: 0.1, max: 10, noNaN: true }), beta: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
    );
    fc.assert(fc.property(dist, fc.integer({ min: 0, max: 1000 }), (d, run) => {
      const c = compiledTestScenario({ segments: [{ service: 'hvbYouth', providers: 1, params: { shareFemale: d } }] });
      const x = drawRunParams(c, run).segments[0].shareFemale;
      expect(x).toBeGreaterThanOrEqual(spec.min);
      expect(x).toBeLessThanOrEqual(spec.max);
    }), { numRuns: 150 });
  });

  it('draws once per run: different runs differ, the same run repeats', () => {
    const c = compiledTestScenario({ segments: [{ service: 'hvbYouth', providers: 1, params: { qualityMean: { dist: 'uniform', min: 0, max: 1 } } }] });
    const xs = Array.from({ length: 50 }, (_, r) => drawRunParams(c, r).segments[0].qualityMean);
    expect(new Set(xs).size).toBe(50);
    expect(drawRunParams(c, 7).segments[0].qualityMean).toBe(xs[7]);
  });

  it('gives the same draw for the same parameter path in different scenarios (common random numbers)', () => {
    const uncertain = { dist: 'triangular' as const, min: 0.2, mode: 0.5, max: 1 };
    const a = compiledTestScenario({ segments: [{ service: 'hvbYouth', providers: 2, params: { qualityMean: uncertain } }] });
    const b = compiledTestScenario({
      segments: [{ service: 'hvbYouth', providers: 5, params: { qualityMean: uncertain, qualitySd: { dist: 'uniform', min: 0, max: 1 } } }],
      payment: { rule: 'withhold', params: { withholdShare: { dist: 'beta', alpha: 2, beta: 5 } } },
      measure: { model: 'ihfRating', params: { responseRate: { dist: 'uniform', min: 0.3, max: 0.6 } } },
    });
    for (let r = 0; r < 20; r++) expect(drawRunParams(b, r).segments[0].qualityMean).toBe(drawRunParams(a, r).segments[0].qualityMean);
  });

  it('different paths draw independently: two parameters with the same distribution differ', () => {
    const u = { dist: 'uniform' as const, min: 0, max: 1 };
    const c = compiledTestScenario({ segments: [{ service: 'hvbYouth', providers: 1, params: { qualityMean: u, qualitySd: u } }] });
    let same = 0;
    for (let r = 0; r < 30; r++) { const p = drawRunParams(c, r).segments[0]; if (p.qualityMean === p.qualitySd) same++; }
    expect(same).toBe(0);
  });

  it('draws have the distribution\'s mean across runs within Monte Carlo error', () => {
    const c = compiledTestScenario({ segments: [{ service: 'hvbYouth', providers: 1, params: { episodeMedianMonths: { dist: 'uniform', min: 4, max: 8 } } }] });
    const n = 2000;
    let sum = 0;
    for (let r = 0; r < n; r++) sum += drawRunParams(c, r).segments[0].episodeMedianMonths;
    expectWithinSE('mean episode median', sum / n, 6, Math.sqrt(16 / 12 / n));
  });
});

describe('drawRunParams without any distribution', () => {
  it('gives every run the same parameters, built once and frozen so no run can change them', () => {
    const c = compiledTestScenario();
    const first = drawRunParams(c, 0);
    expect(drawRunParams(c, 7)).toBe(first);
    expect(Object.isFrozen(first.segments[0])).toBe(true);
    expect(() => { (first.sections.care as unknown as Record<string, number>).warmUpMonths = 1; }).toThrow(TypeError);
  });

  it('draws afresh in each run when a parameter is a distribution', () => {
    const c = compiledTestScenario({ segments: [{ service: 'hvbYouth', providers: 4, params: { episodeMedianMonths: { dist: 'uniform', min: 4, max: 8 } } }] });
    const a = drawRunParams(c, 0), b = drawRunParams(c, 1);
    expect(a).not.toBe(b);
    expect(a.segments[0].episodeMedianMonths).not.toBe(b.segments[0].episodeMedianMonths);
    expect(Object.isFrozen(a)).toBe(false);
  });
});
