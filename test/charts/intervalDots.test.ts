import { describe, expect, it } from 'vitest';
import { intervalDots, type IntervalDotsInput } from '../../src/charts/intervalDots.js';
import { compileClean } from './compileClean.js';

const base: IntervalDotsInput = {
  width: 500, description: 'Utfall per grupp', xTitle: 'Andel', format: '.0%', domain: [0, 1], meanTitle: 'Medel', intervalTitle: 'Percentil',
  rows: [{ label: 'Alla', mean: 0.43, p05: 0.41, p95: 0.45 }, { label: 'Flickor', mean: 0.42, p05: 0.39, p95: 0.45, group: 'Kön' }, { label: 'Pojkar', mean: 0.44, p05: 0.41, p95: 0.47, group: 'Kön' }],
  groupTitle: 'Grupp',
};

describe('intervalDots', () => {
  it('compiles without warnings, grouped and ungrouped, without mutating input', () => {
    const before = structuredClone(base);
    expect(compileClean(intervalDots(base)).warnings).toEqual([]);
    expect(compileClean(intervalDots({ ...base, rows: base.rows.map(({ group: _g, ...r }) => r), domain: undefined })).warnings).toEqual([]);
    expect(base).toEqual(before);
  });
  it('drops rows without a finite mean instead of drawing them at zero', () => {
    const spec = intervalDots({ ...base, rows: [...base.rows, { label: 'Tom', mean: Number.NaN, p05: 0, p95: 0 }] }) as unknown as { data: { values: unknown[] } };
    expect(spec.data.values).toHaveLength(3);
  });
});
