import { describe, expect, it } from 'vitest';
import { describe as describeValues, metricColumn, metricDefinition } from '../../../src/engine.js';
import { columnPerYear, describeDifference, isPeriodTotal, definition, shareAbove } from '../../../src/ui/data/perYear.js';
import { baselineJob, designJob } from './fixture.js';

describe('perYear', () => {
  it('divides period totals by the years and leaves rates alone', () => {
    expect(isPeriodTotal(definition('purchaser.totalCost'))).toBe(true);
    expect(isPeriodTotal(definition('purchaser.costPerAttributableOutcome'))).toBe(false);
    expect(isPeriodTotal(definition('outcomes.trueRate'))).toBe(false);
    const raw = metricColumn(designJob.result, metricDefinition('purchaser.totalCost'));
    expect(columnPerYear(designJob.result, 'purchaser.totalCost', 2)[3]).toBeCloseTo(raw[3] / 2, 6);
    expect(Array.from(columnPerYear(designJob.result, 'outcomes.trueRate', 2))).toEqual(Array.from(metricColumn(designJob.result, metricDefinition('outcomes.trueRate'))));
  });
  it('pairs runs: the mean difference is the difference of means, and its spread is smaller than unpaired', () => {
    const d = describeDifference(designJob.result, 2, baselineJob.result, 2, 'purchaser.totalCost');
    const a = describeValues(columnPerYear(designJob.result, 'purchaser.totalCost', 2));
    const b = describeValues(columnPerYear(baselineJob.result, 'purchaser.totalCost', 2));
    expect(d.meanDiff!).toBeCloseTo(a.mean! - b.mean!, 3);
    // Common random numbers: the paired standard error is below that of the independent difference.
    expect(d.se!).toBeLessThan(Math.sqrt(a.se! ** 2 + b.se! ** 2));
  });
  it('gives the share of runs above a budget with its standard error', () => {
    const above = shareAbove([1, 2, 3, 4, Number.NaN], 2.5)!;
    expect(above.share).toBe(0.5);
    expect(above.n).toBe(4);
    expect(above.se).toBeCloseTo(Math.sqrt(0.25 / 4), 12);
    expect(shareAbove([], 1)).toBeNull();
  });
});
