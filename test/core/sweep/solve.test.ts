import { describe, expect, it } from 'vitest';
import { solveBisection, sweepCrossing } from '../../../src/core/sweep/solve.js';

describe('bisection on a fixed function', () => {
  it('finds the crossing of a monotone function to the tolerance, with SE = metric SE / slope', async () => {
    const f = (x: number) => 3 * x - 1;
    const r = await solveBisection(async (x) => ({ x, value: f(x), se: 0.3 }), { target: 2, lo: 0, hi: 10 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBeCloseTo(1, 6);
    expect(r.se).toBeCloseTo(0.1, 6);
    expect(r.bracket[1] - r.bracket[0]).toBeLessThanOrEqual(0.01);
  });

  it('works on a decreasing function and reports no crossing when there is none', async () => {
    const r = await solveBisection(async (x) => ({ x, value: 100 - x * x, se: 1 }), { target: 19, lo: 0, hi: 20 });
    expect(r.ok && r.value).toBeCloseTo(9, 2);
    const none = await solveBisection(async (x) => ({ x, value: x, se: 1 }), { target: 50, lo: 0, hi: 10 });
    expect(none).toMatchObject({ ok: false, reason: 'no-crossing' });
    const unmeasurable = await solveBisection(async () => null, { target: 0, lo: 0, hi: 1 });
    expect(unmeasurable).toMatchObject({ ok: false, reason: 'not-measurable' });
  });

  it('agrees with interpolating a fine sweep of a step-wise monotone function', async () => {
    const f = (x: number) => Math.floor(x * 40) / 40 + x; // counts make real metrics step-wise
    const r = await solveBisection(async (x) => ({ x, value: f(x), se: 0.01 }), { target: 1.3, lo: 0, hi: 2 });
    const sweep = Array.from({ length: 2001 }, (_, i) => ({ x: i / 1000, value: f(i / 1000) }));
    expect(r.ok && Math.abs(r.value - sweepCrossing(sweep, 1.3)!)).toBeLessThan(0.003);
  });
});
