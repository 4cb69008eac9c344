import { describe, expect, it } from 'vitest';
import { differenceDotPlot, type DifferenceDotPlotInput } from '../../src/charts/differenceDotPlot.js';
import { compileClean } from './compileClean.js';

const input: DifferenceDotPlotInput = {
  width: 800, description: 'Skillnader', designTitle: 'Utformning', meanTitle: 'Medel', intervalTitle: 'Percentil',
  designs: ['Bonus', 'Innehållen'],
  rows: [
    { metric: 'Kostnad (mnkr/år)', design: 'Bonus', mean: 12, lo: 8, hi: 16 },
    { metric: 'Kostnad (mnkr/år)', design: 'Innehållen', mean: -3, lo: -5, hi: -1 },
    { metric: 'Sanna goda utfall (procentenheter)', design: 'Bonus', mean: 0.4, lo: -0.2, hi: 1 },
    { metric: 'Sanna goda utfall (procentenheter)', design: 'Innehållen', mean: 0.1, lo: -0.3, hi: 0.5 },
  ],
};

describe('differenceDotPlot', () => {
  it('compiles without warnings and does not mutate its input', () => {
    const before = structuredClone(input);
    expect(compileClean(differenceDotPlot(input)).warnings).toEqual([]);
    expect(compileClean(differenceDotPlot({ ...input, title: 'Jämförelse' })).warnings).toEqual([]);
    expect(input).toEqual(before);
  });
  it('lays a single design out in columns without row labels (a report page)', () => {
    const one = { ...input, designs: ['Bonus'], rows: input.rows.filter((r) => r.design === 'Bonus') };
    const spec = differenceDotPlot(one) as unknown as { columns: number };
    expect(spec.columns).toBe(3);
    expect(compileClean(differenceDotPlot(one)).warnings).toEqual([]);
    expect(compileClean(differenceDotPlot({ ...one, width: 360 })).warnings).toEqual([]);
  });
  it('gives each metric its own scale, since units differ', () => {
    expect(differenceDotPlot(input).resolve).toEqual({ scale: { x: 'independent' } });
  });
});
