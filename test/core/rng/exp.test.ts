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

/** fdlibm's e_exp.c as written, with its branches: the branch-free `exp` must give its bits. */
function fdlibmExp(x: number): number {
  const LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10, INV_LN2 = 1.44269504088896338700e+00;
  const P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05;
  const P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
  const ax = x < 0 ? -x : x;
  let hi = 0, lo = 0, k = 0;
  if (ax > 0.34657359027997264) {
    if (ax < 1.0397207708399179) {
      if (x > 0) { hi = x - LN2_HI; lo = LN2_LO; k = 1; } else { hi = x + LN2_HI; lo = -LN2_LO; k = -1; }
    } else {
      k = (INV_LN2 * x + (x > 0 ? 0.5 : -0.5)) | 0;
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (ax < 3.725290298461914e-9) {
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  return (1 - ((lo - (x * c) / (2 - c)) - hi)) * 2 ** k;
}

describe('exp: branch-free choice of k', () => {
  it('gives fdlibm\'s bits where its branches meet (±ln2/2, ±1.5 ln2, the tiny cut), densely near the kernel\'s arguments and over the whole fast range ±700', () => {
    const xs: number[] = [];
    const around = (edge: number) => { for (let d = -200; d <= 200; d++) xs.push(edge + d * Number.EPSILON * Math.max(1, Math.abs(edge)), edge + d * 1e-9); };
    for (const edge of [0.34657359027997264, 1.0397207708399179, 3.725290298461914e-9, 0]) { around(edge); around(-edge); }
    for (let i = 0; i < 200_000; i++) xs.push(-40 + 80 * ((i * 0.6180339887498949) % 1), -700 + 1400 * ((i * 0.7548776662466927) % 1));
    const differ = xs.filter((x) => !Object.is(exp(x), fdlibmExp(x)));
    expect(differ).toEqual([]);
  });
});
