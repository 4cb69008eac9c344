import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { metricDefinition, smallestDifference, verdictOf } from '../../../src/engine.js';

const cost = metricDefinition('purchaser.totalCost');
const trueRate = metricDefinition('outcomes.trueRate');
const revenue = metricDefinition('providers.revenueMean');

describe('verdicts', () => {
  it('needs an interval that excludes zero AND a difference at least the smallest important one', () => {
    expect(verdictOf(cost, 5e6, 4e6, 6e6, 1e6)).toBe('worse');
    expect(verdictOf(cost, -5e6, -6e6, -4e6, 1e6)).toBe('better');
    // Clear of zero but smaller than what matters: no verdict.
    expect(verdictOf(cost, 5e5, 4e5, 6e5, 1e6)).toBe('unclear');
    // Big but only noise.
    expect(verdictOf(cost, 5e6, -1e6, 11e6, 1e6)).toBe('unclear');
    expect(verdictOf(trueRate, 0.05, 0.04, 0.06, 0.01)).toBe('better');
    // A metric with no good direction says which way it moved.
    expect(verdictOf(revenue, 1e5, 5e4, 1.5e5, 1e4)).toBe('higher');
    // A difference that cannot be computed is never "about the same": it is unclear.
    expect(verdictOf(cost, NaN, NaN, NaN, 1e6)).toBe('unclear');
  });

  it('a relative smallest difference scales with the baseline; an override replaces it', () => {
    expect(smallestDifference(cost, 5e8)).toBeCloseTo(5e6, 6);
    expect(smallestDifference(trueRate, 0.4)).toBe(0.01);
    expect(smallestDifference(cost, 5e8, 2e6)).toBe(2e6);
  });

  it('flipping the sign of a clear difference flips better and worse', () => {
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true }), (d, w) => {
      const a = verdictOf(cost, d, d * (1 - w), d * (1 + w), 0);
      const b = verdictOf(cost, -d, -d * (1 + w), -d * (1 - w), 0);
      return a === 'worse' && b === 'better';
    }));
  });
});
