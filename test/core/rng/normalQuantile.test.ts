import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../../src/core/rng/normalQuantile.js';
import { referenceNormalQuantile } from '../../support/referenceNormal.js';

describe('normalQuantile', () => {
  it('matches published quantiles (R qnorm) to the documented 1.15e-9 relative error', () => {
    const known: Array<[number, number]> = [
      [0.5, 0], [0.75, 0.6744897501960817], [0.9, 1.2815515655446004], [0.95, 1.6448536269514722],
      [0.975, 1.959963984540054], [0.99, 2.3263478740408408], [0.999, 3.090232306167813],
      [1e-5, -4.264890793922825], [1e-8, -5.612001244174789], [1e-10, -6.361340902404056],
    ];
    for (const [p, q] of known) expect(Math.abs(normalQuantile(p) - q)).toBeLessThanOrEqual(1.15e-9 * Math.abs(q) + 1e-15);
  });

  it('is antisymmetric: Φ⁻¹(1 − p) = −Φ⁻¹(p)', () => {
    let worst = 0;
    for (let i = 1; i < 1000; i++) {
      const p = i / 1000;
      worst = Math.max(worst, Math.abs(normalQuantile(1 - p) + normalQuantile(p)) / Math.max(1, Math.abs(normalQuantile(p))));
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it('is within 1.15e-9 relative error of AS 241 on a grid over the whole open interval', () => {
    let worst = 0;
    const grid: number[] = [];
    for (let i = 1; i < 10_000; i++) grid.push(i / 10_000);
    for (let e = 5; e <= 10; e += 0.25) grid.push(10 ** -e, 1 - 10 ** -e);
    // Both ends of the engine's uniforms, (0.5)/2^32 and 1 − 0.5/2^32, and the branch points.
    grid.push(0.5 / 4294967296, 1 - 0.5 / 4294967296, 0.02425, 0.97575);
    for (const p of grid) {
      const ref = referenceNormalQuantile(p);
      if (ref === 0) continue;
      worst = Math.max(worst, Math.abs(normalQuantile(p) - ref) / Math.abs(ref));
    }
    expect(worst).toBeLessThan(1.15e-9);
  });

  it('is strictly increasing on a fine grid', () => {
    let prev = -Infinity, violations = 0;
    for (let i = 1; i < 100_000; i++) {
      const x = normalQuantile(i / 100_000);
      if (!(x > prev)) violations++;
      prev = x;
    }
    expect(violations).toBe(0);
  });
});
