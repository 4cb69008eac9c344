import { describe, expect, it } from 'vitest';
import { costHistogram, type CostHistogramInput } from '../../src/charts/costHistogram.js';
import { compileClean } from './compileClean.js';

const input = (budget: number | null): CostHistogramInput => ({
  width: 600, description: 'Kostnad per år', costs: [520, 530, 541.5, 560, 549], budget,
  xTitle: 'Kostnad per år (mnkr)', yTitle: 'Antal körningar', budgetLabel: 'Budget',
});

describe('costHistogram', () => {
  it('compiles without warnings, with and without a budget', () => {
    for (const b of [null, 545]) {
      const spec = costHistogram(input(b));
      expect(compileClean(spec).warnings).toEqual([]);
      expect(JSON.stringify(spec).includes('"budget"')).toBe(b !== null);
    }
  });
  it('does not mutate its input and carries every run', () => {
    const i = input(545);
    const before = structuredClone(i);
    const spec = costHistogram(i) as unknown as { layer: Array<{ data: { values: unknown[] } }> };
    expect(i).toEqual(before);
    expect(spec.layer[0].data.values).toHaveLength(5);
  });
  it('puts a title and the description into the image when asked (exports)', () => {
    const spec = costHistogram({ ...input(null), title: 'Kostnad' });
    expect(spec.title).toMatchObject({ text: 'Kostnad', subtitle: ['Kostnad per år'] });
    expect(compileClean(spec).warnings).toEqual([]);
  });
});
