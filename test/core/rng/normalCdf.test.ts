import { describe, expect, it } from 'vitest';
import { erfc, normalCdf } from '../../../src/core/rng/normalCdf.js';
import { referenceErfc, referenceNormalCdf } from '../../support/referenceNormal.js';

/** The documented accuracy of the Numerical Recipes erfc: fractional error below 1.2e-7. */
const REL = 1.2e-7;

describe('normalCdf', () => {
  it('matches published values (R pnorm)', () => {
    const known: Array<[number, number]> = [
      [0, 0.5], [0.5, 0.6914624612740131], [1, 0.8413447460685429], [2, 0.9772498680518208],
      [3, 0.9986501019683699], [-1.96, 0.024997895148220435], [-5, 2.866515718791939e-7], [-8, 6.22096057427178e-16],
    ];
    for (const [x, p] of known) expect(Math.abs(normalCdf(x) - p)).toBeLessThanOrEqual(REL * Math.min(p, 1 - p) + 1e-16);
  });

  it('is within the documented error of a high-precision reference on a grid', () => {
    let worst = 0;
    for (let x = -12; x <= 12; x += 0.01) {
      const ref = referenceNormalCdf(x);
      // The smaller tail carries the relative accuracy; the larger is 1 minus it.
      worst = Math.max(worst, (Math.abs(normalCdf(x) - ref) - 1e-16) / (REL * Math.min(ref, 1 - ref)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('erfc has fractional error below 1.2e-7 everywhere', () => {
    let worst = 0;
    for (let x = -6; x <= 26; x += 0.005) {
      const ref = referenceErfc(x);
      worst = Math.max(worst, Math.abs(erfc(x) - ref) / ref);
    }
    expect(worst).toBeLessThanOrEqual(REL);
  });

  it('is symmetric, Φ(−x) = 1 − Φ(x), and monotone', () => {
    let prev = 0, asymmetric = 0, decreasing = 0;
    for (let x = -8; x <= 8; x += 0.001) {
      if (!(Math.abs(normalCdf(-x) - (1 - normalCdf(x))) <= 2 * REL * Math.min(normalCdf(x), normalCdf(-x)) + 1e-16)) asymmetric++;
      if (normalCdf(x) < prev) decreasing++;
      prev = normalCdf(x);
    }
    expect({ asymmetric, decreasing }).toEqual({ asymmetric: 0, decreasing: 0 });
  });
});
