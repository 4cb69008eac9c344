import { describe, expect, it } from 'vitest';
import { QI, QUANTITY_COUNT, type Quantity } from '../../../src/core/metrics/metricCatalogue.js';
import type { SimulationResult } from '../../../src/core/index.js';
import { headlineSentence } from '../../../src/ui/data/headlineSentence.js';
import { differenceSentence, direction, verdict } from '../../../src/ui/data/headlineMetrics.js';
import type { Difference } from '../../../src/core/index.js';
import { baselineJob, designJob } from './fixture.js';

/** The design's result with one quantity not measurable (null) in every run, as a total that overflowed would be. */
function withoutMetric(r: SimulationResult, id: Quantity): SimulationResult {
  const metrics = r.metrics.slice();
  for (let run = 0; run < r.runs; run++) metrics[run * QUANTITY_COUNT + QI[id]] = NaN;
  return { ...r, metrics };
}

describe('headlineSentence', () => {
  it('answers in one line: extra cost per year, providers at a loss, wrong flags', () => {
    const s = headlineSentence({ design: designJob.result, designYears: 2, baseline: baselineJob.result, baselineYears: 2, designIsBaseline: false }, 'sv');
    expect(s).toMatch(/^Med den här utformningen betalar staden [\d,]+\u00a0miljoner kronor (mer|mindre) per år än med dagens dygnsersättning; [\d,]+\u00a0% av utförarna skulle gå med förlust i en genomsnittlig körning; godtagbara utförare flaggas felaktigt i [\d,]+\u00a0% av betalningsperioderna\.$/);
  });
  it('gives absolute figures for today\'s rule and while the baseline is still running', () => {
    expect(headlineSentence({ design: baselineJob.result, designYears: 2, baseline: null, baselineYears: 2, designIsBaseline: true }, 'en')).toMatch(/^Under today's per diem the city pays SEK/);
    expect(headlineSentence({ design: designJob.result, designYears: 2, baseline: null, baselineYears: 2, designIsBaseline: false }, 'en')).toMatch(/is being computed\.$/);
  });
  it('never calls a difference that cannot be computed "about the same"', () => {
    const design = withoutMetric(designJob.result, 'purchaser.totalCost');
    for (const lang of ['sv', 'en'] as const) {
      const s = headlineSentence({ design, designYears: 2, baseline: baselineJob.result, baselineYears: 2, designIsBaseline: false }, lang);
      expect(s).not.toMatch(/about the same|ungefär lika/);
      expect(s).toMatch(/cannot be computed|inte att beräkna/);
    }
  });
});

describe('a difference without a mean', () => {
  const none: Difference = { meanDiff: null, se: null, low: null, high: null, p05: null, p95: null, n: 0, baseline: null, design: null, smallest: null, verdict: 'unclear', unit: 'SEK', basis: 'perYear' };
  it('has no direction and no verdict, and its sentence says it cannot be computed', () => {
    expect(direction(none)).toBe('unknown');
    expect(verdict(none)).toBe('unknown');
    expect(differenceSentence('cost', none, 'en', 'the per diem')).toBe('The difference from the per diem cannot be computed: it was not measurable in any run.');
  });
});
