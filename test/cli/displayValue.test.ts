import { describe, expect, it } from 'vitest';
import { displayUnit, displayValue, grouped } from '../../src/cli/displayValue.js';

describe('displayValue', () => {
  it('rounds kronor and groups thousands', () => {
    expect(displayValue(1589134265.625, 'SEK')).toBe('1,589,134,266');
    expect(displayValue(-12345.4, 'SEK')).toBe('-12,345');
    expect(displayValue(999.5, 'SEK')).toBe('1,000');
  });

  it('shows shares as percent and their differences as signed percentage points', () => {
    expect(displayValue(0.43461, 'share')).toBe('43.46');
    expect(displayUnit('share')).toBe('%');
    expect(displayUnit('share', true)).toBe('pp');
    expect(displayValue(0.0123, 'share', true)).toBe('+1.23');
    expect(displayValue(-0.0123, 'share', true)).toBe('-1.23');
  });

  it('gives counts one decimal and correlations three', () => {
    expect(displayValue(1429.34, 'count')).toBe('1,429.3');
    expect(displayValue(0.39165, 'correlation')).toBe('0.392');
  });

  it('never prints a sign on a value that rounds to zero, and n/a for a missing one', () => {
    expect(displayValue(-0.0000001, 'SEK', true)).toBe('0');
    expect(displayValue(-0.00001, 'share')).toBe('0.00');
    expect(displayValue(null, 'SEK')).toBe('n/a');
    expect(displayValue(Number.NaN, 'count')).toBe('n/a');
  });

  it('groups only the whole part', () => {
    expect(grouped(1234567.891, 2)).toBe('1,234,567.89');
    expect(grouped(123, 0)).toBe('123');
  });
});
