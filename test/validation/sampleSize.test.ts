/**
 * Normal-approximation sample sizes against the published formulas and worked examples.
 *
 * Two groups: Fleiss, Levin & Paik (2003), eq. 4.14, n = [(z₁₋α√(2p̄q̄) + z₁₋β√(p1q1 + p2q2))/(p1 − p2)]²,
 * which R's stats::power.prop.test solves (its documented examples: p1 = 0.50, p2 = 0.75,
 * power 0.90, two-sided 0.05 ⇒ n = 76.7 per group; n = 50 ⇒ power = 0.740). The continuity
 * correction is eq. 4.15. One sample against a benchmark: n = [(z₁₋α√(p0q0) + z₁₋β√(p1q1))/(p1 − p0)]²
 * (Fleiss et al. 2003 §2.5; Chow, Shao & Wang 2008 §4.1 with the variance under the null for
 * the critical value). The quantiles are written out here (Φ⁻¹(0.95) = 1.6448536…,
 * Φ⁻¹(0.8) = 0.8416212…, Φ⁻¹(0.975) = 1.9599640…, Φ⁻¹(0.9) = 1.2815516…) so the check does not
 * lean on the engine's normalQuantile. "Within rounding": the published n to its printed digits.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { oneSampleN, oneSamplePower, twoGroupN, twoGroupPower } from '../../src/core/plan/sampleSize.js';

const Z = { '0.95': 1.6448536269514722, '0.8': 0.8416212335729143, '0.975': 1.959963984540054, '0.9': 1.2815515655446004 } as const;

describe('validation: normal-approximation sample size', () => {
  it('two groups: R power.prop.test examples, p1 = 0.50, p2 = 0.75 (n = 76.7 at power 0.90; power 0.740 at n = 50)', () => {
    // Two-sided 0.05 without the opposite tail (strict = FALSE) is one-sided 0.025.
    expect(twoGroupN(0.5, 0.75, 0.025, 0.9)).toBeCloseTo(76.7, 1);
    expect(twoGroupPower(0.5, 0.75, 0.025, 50)).toBeCloseTo(0.740, 3);
  });

  it('two groups: the published formula written out, 0.30 vs 0.45 at one-sided 0.05 and power 0.8 (128 per group; 141 with continuity correction)', () => {
    const p1 = 0.3, p2 = 0.45, pBar = 0.375;
    const n = ((Z['0.95'] * Math.sqrt(2 * pBar * (1 - pBar)) + Z['0.8'] * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) / (p1 - p2)) ** 2;
    expect(twoGroupN(p1, p2, 0.05, 0.8)).toBeCloseTo(n, 4);
    expect(Math.ceil(twoGroupN(p1, p2, 0.05, 0.8))).toBe(128);
    const corrected = (n / 4) * (1 + Math.sqrt(1 + 4 / (n * 0.15))) ** 2;
    expect(twoGroupN(p1, p2, 0.05, 0.8, true)).toBeCloseTo(corrected, 4);
    expect(Math.ceil(corrected)).toBe(141);
  });

  it('one sample against a benchmark: worked examples (0.5 vs 0.4: 153; 0.413 vs 0.313: 145; two-sided 0.05, power 0.9, 0.02 vs 0.03: 2,431)', () => {
    const byHand = (p0: number, p1: number, za: number, zb: number): number => ((za * Math.sqrt(p0 * (1 - p0)) + zb * Math.sqrt(p1 * (1 - p1))) / (p1 - p0)) ** 2;
    expect(oneSampleN(0.5, 0.4, 0.05, 0.8)).toBeCloseTo(byHand(0.5, 0.4, Z["0.95"], Z["0.8"]), 4);
    expect(Math.ceil(oneSampleN(0.5, 0.4, 0.05, 0.8))).toBe(153);
    expect(Math.ceil(oneSampleN(0.413, 0.313, 0.05, 0.8))).toBe(145);
    expect(oneSampleN(0.02, 0.03, 0.025, 0.9)).toBeCloseTo(byHand(0.02, 0.03, Z["0.975"], Z["0.9"]), 3);
    expect(Math.ceil(oneSampleN(0.02, 0.03, 0.025, 0.9))).toBe(2431);
  });

  it('the formula is the inverse of the normal-approximation power, in both directions (property)', () => {
    const p = fc.double({ min: 0.02, max: 0.98, noNaN: true });
    fc.assert(fc.property(p, p, fc.double({ min: 0.001, max: 0.2, noNaN: true }), fc.double({ min: 0.5, max: 0.99, noNaN: true }), (p0, p1, alpha, power) => {
      fc.pre(Math.abs(p0 - p1) > 0.01);
      expect(oneSamplePower(p0, p1, alpha, oneSampleN(p0, p1, alpha, power))).toBeCloseTo(power, 6);
      expect(twoGroupPower(p0, p1, alpha, twoGroupN(p0, p1, alpha, power))).toBeCloseTo(power, 6);
    }), { numRuns: 300 });
  });

  it('more power, a smaller level or a smaller difference never needs fewer clients (property)', () => {
    fc.assert(fc.property(fc.double({ min: 0.1, max: 0.9, noNaN: true }), fc.double({ min: 0.02, max: 0.08, noNaN: true }), (p0, d) => {
      const n = oneSampleN(p0, p0 - d, 0.05, 0.8);
      expect(oneSampleN(p0, p0 - d, 0.05, 0.9)).toBeGreaterThan(n);
      expect(oneSampleN(p0, p0 - d, 0.01, 0.8)).toBeGreaterThan(n);
      expect(oneSampleN(p0, p0 - d / 2, 0.05, 0.8)).toBeGreaterThan(n);
    }), { numRuns: 200 });
  });
});
