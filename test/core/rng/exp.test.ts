import { describe, expect, it } from 'vitest';
import { exp } from '../../../src/core/rng/exp.js';

describe('exp (portable fdlibm port)', () => {
  it('agrees with Node 20\'s Math.exp on a dense grid over the whole range (they differ only in rare last bits, e.g. at x = 1)', () => {
    let differ = 0;
    for (let i = 0; i < 200_000; i++) {
      const x = -745 + 1455 * ((i * 0.6180339887498949) % 1);
      if (exp(x) !== Math.exp(x)) differ++;
    }
    expect(differ).toBe(0);
  });

  it('handles the edges', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(NaN)).toBeNaN();
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(709.78)).toBeLessThan(Infinity);
    expect(exp(-745)).toBeGreaterThan(0);
    expect(exp(1e-10)).toBe(1 + 1e-10);
    expect(Math.abs(exp(1) - Math.E)).toBeLessThanOrEqual(Number.EPSILON * Math.E);
  });
});

describe('exp: the fast path and the edge path meet at ±700', () => {
  it('agrees with Math.exp on both sides of the split and across the edge range', () => {
    const xs: number[] = [];
    for (const edge of [-700, 700]) for (let d = -50; d <= 50; d++) xs.push(edge + d * 1e-3, edge + d * Number.EPSILON * 700);
    for (let i = 0; i < 20_000; i++) xs.push(700 + 9.78 * ((i * 0.6180339887498949) % 1), -700 - 45.13 * ((i * 0.6180339887498949) % 1));
    const differ = xs.filter((x) => exp(x) !== Math.exp(x));
    expect(differ).toEqual([]);
  });
});
