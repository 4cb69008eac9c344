import { describe, expect, it } from 'vitest';
import { estimateRemaining } from '../../../src/ui/run/estimateRemaining.js';

describe('estimateRemaining', () => {
  it('has no estimate before any run is done', () => {
    expect(estimateRemaining(500, 0, 1000)).toBeNull();
  });
  it('extrapolates the pace so far', () => {
    expect(estimateRemaining(2000, 250, 1000)).toBeCloseTo(6, 10);
  });
  it('is zero when all runs are done', () => {
    expect(estimateRemaining(2000, 1000, 1000)).toBe(0);
  });
});
