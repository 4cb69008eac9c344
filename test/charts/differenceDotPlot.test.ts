import { describe, expect, it } from 'vitest';
import { differenceDotPlot, type DifferenceDotPlotInput } from '../../src/charts/differenceDotPlot.js';
import { compileClean } from './compileClean.js';

const input: DifferenceDotPlotInput = {
  width: 800, description: 'Skillnader', xTitle: 'Skillnad', designTitle: 'Utformning', meanTitle: 'Medel', intervalTitle: 'Percentil',
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
  it('gives each metric its own scale, since units differ', () => {
    expect(differenceDotPlot(input).resolve).toEqual({ scale: { x: 'independent' } });
  });
});
