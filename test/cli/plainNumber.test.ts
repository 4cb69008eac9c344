import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumber } from '../../src/cli/plainNumber.js';

describe('plainNumber', () => {
  it('writes ordinary numbers as JavaScript does', () => {
    expect(plainNumber(1589134265.625)).toBe('1589134265.625');
    expect(plainNumber(-0.25)).toBe('-0.25');
    expect(plainNumber(0)).toBe('0');
    expect(plainNumber(-0)).toBe('0');
  });

  it('never uses exponent notation', () => {
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-1.25e-9)).toBe('-0.00000000125');
    expect(plainNumber(1.5e21)).toBe('1500000000000000000000');
    expect(plainNumber(2.5e-324 * 2)).toMatch(/^0\.0+\d+$/);
  });

  it('is empty for a missing value', () => {
    expect(plainNumber(null)).toBe('');
    expect(plainNumber(Number.NaN)).toBe('');
  });

  it('keeps the exact value: reading it back gives the same number', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      const s = plainNumber(x);
      expect(s).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(s)).toBe(x === 0 ? 0 : x);
    }));
  });
});
