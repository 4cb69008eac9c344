import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLocaleNumber } from '../../../src/ui/state/parseLocaleNumber.js';

describe('parseLocaleNumber', () => {
  it('reads numbers as typed in Swedish and English', () => {
    expect(parseLocaleNumber('0,25')).toBe(0.25);
    expect(parseLocaleNumber('1 234,5')).toBe(1234.5);
    expect(parseLocaleNumber('1\u00a0234')).toBe(1234);
    expect(parseLocaleNumber('−3')).toBe(-3);
    expect(parseLocaleNumber('4500.75')).toBe(4500.75);
  });
  it('refuses anything that is not exactly one number, never guessing', () => {
    for (const bad of ['', 'fem', '1,2,3', '1.234,5', '12a', '--1', 'Infinity', '1e999']) expect(parseLocaleNumber(bad)).toBeNull();
  });
  it('reads back what the page writes (property)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (x) => {
      expect(parseLocaleNumber(String(x).replace('.', ','))).toBe(x === 0 ? 0 : x);
    }));
  });
});
