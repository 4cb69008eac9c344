import { describe, expect, it } from 'vitest';
import type { Difference, Verdict } from '../../../src/engine.js';
import { differenceSentence, direction, formatLevels, intervalText, verdict } from '../../../src/ui/data/headlineMetrics.js';

const d = (meanDiff: number, v: Verdict, p05 = meanDiff - 1, p95 = meanDiff + 1): Difference => ({
  meanDiff, se: 0.1, low: meanDiff - 0.2, high: meanDiff + 0.2, p05, p95, n: 100, baseline: 1, design: 1 + meanDiff, smallest: 0, verdict: v, unit: 'SEK', basis: 'perYear',
});

describe('headline metrics', () => {
  it('reads the direction from the core verdict: "same" unless it is clear', () => {
    expect(direction(d(1, 'unclear'))).toBe('same');
    expect(direction(d(1, 'worse'))).toBe('more');
    expect(direction(d(-1, 'better'))).toBe('less');
    expect(direction({ ...d(0, 'unclear'), meanDiff: null })).toBe('unknown'); // not computable is never "the same"
  });
  it("passes the core's verdict on", () => {
    expect(verdict(d(5e6, 'worse'))).toBe('worse');
    expect(verdict(d(0.02, 'better'))).toBe('better');
    expect(verdict(d(0.02, 'unclear'))).toBe('same');
    expect(verdict({ ...d(0, 'unclear'), meanDiff: null })).toBe('unknown');
  });
  it('says it in words with the size, and the range with its unit once', () => {
    expect(differenceSentence('cost', d(12.3e6, 'worse'), 'sv', 'dagens dygnsersättning')).toBe('Staden betalar 12,3\u00a0miljoner kronor mer per år än med dagens dygnsersättning.');
    expect(differenceSentence('cost', d(-2e6, 'better'), 'en', "today's per diem")).toBe("The city pays SEK\u00a02.0\u00a0million less per year than under today's per diem.");
    expect(intervalText('cost', d(12e6, 'worse', 8.1e6, 16e6), 'sv')).toBe('90 % av körningarna: +8,1 till +16,0 mnkr');
    expect(intervalText('loss', d(0.01, 'unclear', -0.02, 0.05), 'en')).toBe('90 % of runs: -2.0 to +5.0 percentage points');
  });
  it('shows the two levels on the difference\'s basis, the unit once', () => {
    expect(formatLevels('cost', { ...d(51e6, 'worse'), baseline: 512e6, design: 563e6 }, 'sv')).toBe('512,0 → 563,0 mnkr per år');
    expect(formatLevels('trueRate', { ...d(0.02, 'better'), baseline: 0.451, design: 0.471 }, 'en')).toBe('45.1% → 47.1%');
    expect(formatLevels('adminHours', { ...d(5, 'worse'), baseline: 295, design: 300 }, 'en')).toBe('295 → 300 hours per year');
    expect(formatLevels('attributable', { ...d(1, 'unclear'), baseline: null, design: null }, 'en')).toBe('');
  });
});
