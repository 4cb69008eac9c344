import { describe, expect, it } from 'vitest';
import { logistic, logit } from '../../../src/core/rng/logistic.js';

describe('logistic and logit', () => {
  it('has the known values and symmetry', () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(Math.log(3))).toBeCloseTo(0.75, 15);
    for (let x = -20; x <= 20; x += 0.5) expect(logistic(x) + logistic(-x)).toBeCloseTo(1, 14);
  });

  it('logit inverts logistic', () => {
    for (let x = -15; x <= 15; x += 0.25) expect(logit(logistic(x))).toBeCloseTo(x, 8);
    // −0.85 log-odds is the "30 %" the HVB default's explanation quotes.
    expect(logistic(-0.85)).toBeCloseTo(0.3, 2);
  });
});
