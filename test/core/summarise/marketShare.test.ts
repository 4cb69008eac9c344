import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { betweenMarketShare, marketOf } from '../../../src/core/summarise/marketShare.js';
import { compileValid, testScenario } from '../../support/testScenario.js';
import { simulateScenario } from '../../../src/core/simulate/simulateScenario.js';
import { summarise } from '../../../src/core/index.js';

describe('betweenMarketShare', () => {
  it('matches the ANOVA closed form for balanced markets', () => {
    // 3 markets × 4 runs, market means 0, 3, 6, deviations ±1 within: MSW = 4/3·…, computed by hand.
    const values = [-1, 1, -1, 1, 2, 4, 2, 4, 5, 7, 5, 7];
    const msw = (12 * 1) / (12 - 3); // every deviation squared is 1
    const msb = (4 * (9 + 0 + 9)) / 2; // n · Σ(mean − 3)² / (M − 1)
    const between = (msb - msw) / 4;
    expect(betweenMarketShare(values, 3)).toBeCloseTo(between / (between + msw), 12);
  });

  it('is 0 when the markets do not differ, 1 when nothing varies within, null with one market', () => {
    expect(betweenMarketShare([1, 2, 1, 2], 2)).toBe(0);
    expect(betweenMarketShare([1, 1, 5, 5], 2)).toBe(1);
    expect(betweenMarketShare([1, 2, 3], 1)).toBeNull();
  });

  it('stays in [0, 1] and ignores undefined runs', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(NaN)), { minLength: 4, maxLength: 60 }), fc.integer({ min: 2, max: 6 }), (xs, m) => {
      const share = betweenMarketShare(xs, m);
      return share === null || (share >= 0 && share <= 1);
    }));
  });

  it('splits runs into consecutive blocks', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((r) => marketOf(r, 7, 3))).toEqual([0, 0, 0, 1, 1, 1, 2]);
  });
});

describe('markets in a simulation', () => {
  it('one market gives bit-identical results to no field; the first block keeps the seed\'s market', () => {
    const plain = simulateScenario(compileValid(testScenario({ runs: 6 })));
    const one = simulateScenario(compileValid(testScenario({ runs: 6, markets: 1 })));
    const three = simulateScenario(compileValid(testScenario({ runs: 6, markets: 3 })));
    expect(Array.from(one.metrics)).toEqual(Array.from(plain.metrics));
    expect(Array.from(three.metrics.subarray(0, 2 * plain.metrics.length / 6))).toEqual(Array.from(plain.metrics.subarray(0, 2 * plain.metrics.length / 6)));
    expect(Array.from(three.metrics)).not.toEqual(Array.from(plain.metrics));
  });

  it('reports a market share per metric only when the runs are split', () => {
    const c = compileValid(testScenario({ runs: 40, markets: 4, segments: [{ service: 'hvbYouth', providers: 10 }] }));
    const s = summarise(c, simulateScenario(c));
    const share = s.metrics['measurement.reliability'].marketShare;
    expect(share).not.toBeUndefined();
    expect(share === null || share === undefined || (share >= 0 && share <= 1)).toBe(true);
    const plain = compileValid(testScenario({ runs: 8 }));
    expect(summarise(plain, simulateScenario(plain)).metrics['purchaser.totalCost'].marketShare).toBeUndefined();
  });
});
