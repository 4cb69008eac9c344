import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatPoints, formatSek, formatSekShort } from '../../src/i18n/format.js';

describe('format', () => {
  it('writes Swedish numbers with a decimal comma and grouped thousands', () => {
    expect(formatNumber(1234567.891, 'sv', 1)).toBe('1\u00a0234\u00a0567,9');
    expect(formatNumber(1234567.891, 'en', 1)).toBe('1,234,567.9');
    expect(formatNumber(-0.0001, 'sv', 1)).toBe('0,0');
    expect(formatNumber(null, 'sv')).toBe('–');
  });
  it('says kronor in words for councillors, briefly in tables', () => {
    expect(formatSek(530.4e6, 'sv')).toBe('530\u00a0miljoner kronor');
    expect(formatSek(12.34e6, 'en')).toBe('SEK\u00a012.3\u00a0million');
    expect(formatSekShort(-2.5e6, 'sv', true)).toBe('−2,5\u00a0mnkr');
  });
  it('writes shares as percentages and differences as percentage points', () => {
    expect(formatPercent(0.1234, 'sv')).toBe('12,3\u00a0%');
    expect(formatPercent(0.1234, 'en')).toBe('12.3%');
    expect(formatPoints(0.021, 'sv')).toBe('+2,1\u00a0procentenheter');
  });
});
