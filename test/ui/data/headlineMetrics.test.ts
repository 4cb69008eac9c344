import { describe, expect, it } from 'vitest';
import type { Description } from '../../../src/core/index.js';
import { differenceSentence, direction, HEADLINE_METRICS, intervalText, verdict } from '../../../src/ui/data/headlineMetrics.js';

const d = (mean: number, se: number, p05 = mean - 1, p95 = mean + 1): Description => ({ mean, se, sd: se * 10, p05, p50: mean, p95, n: 100 });

describe('headline metrics', () => {
  it('calls a difference within two standard errors of zero "same"', () => {
    expect(direction(d(1, 0.6))).toBe('same');
    expect(direction(d(1, 0.4))).toBe('more');
    expect(direction(d(-1, 0.4))).toBe('less');
    expect(direction({ mean: null, se: null, sd: null, p05: null, p50: null, p95: null, n: 0 })).toBe('unknown') // not measurable is never "the same";
  });
  it('judges better or worse by the metric\'s good direction', () => {
    const cost = HEADLINE_METRICS.find((m) => m.key === 'cost')!;
    const outcomes = HEADLINE_METRICS.find((m) => m.key === 'trueRate')!;
    expect(verdict(cost, d(5e6, 1e5))).toBe('worse');
    expect(verdict(outcomes, d(0.02, 0.001))).toBe('better');
  });
  it('says it in words with the size, and the range with its unit once', () => {
    expect(differenceSentence('cost', d(12.3e6, 1e5), 'sv', 'dagens dygnsersättning')).toBe('Staden betalar 12,3\u00a0miljoner kronor mer per år än med dagens dygnsersättning.');
    expect(differenceSentence('cost', d(-2e6, 1e5), 'en', "today's per diem")).toBe("The city pays SEK\u00a02.0\u00a0million less per year than under today's per diem.");
    expect(intervalText('cost', d(12e6, 1e5, 8.1e6, 16e6), 'sv')).toBe('90 % av körningarna: +8,1 till +16,0 mnkr');
    expect(intervalText('loss', d(0.01, 0.001, -0.02, 0.05), 'en')).toBe('90 % of runs: -2.0 to +5.0 percentage points');
  });
});
