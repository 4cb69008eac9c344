import { describe, expect, it } from 'vitest';
import { convergenceLine } from '../../src/charts/convergenceLine.js';
import { compileClean } from './compileClean.js';

describe('convergence chart', () => {
  it('one panel per metric with its own scale, unmeasurable points left out; compiles cleanly', () => {
    const points = ['Kostnad (mnkr)', 'Andel (%)'].flatMap((metric, k) => [25, 50, 75].map((runs) => ({ metric, runs, mean: 10 * (k + 1), lo: 10 * (k + 1) - 10 / Math.sqrt(runs), hi: 10 * (k + 1) + 10 / Math.sqrt(runs) })));
    const input = { width: 700, description: 'Beskrivning', runsTitle: 'Körningar', meanTitle: 'Medel', bandTitle: '95 %', points: [...points, { metric: 'Andel (%)', runs: 100, mean: NaN, lo: NaN, hi: NaN }] };
    const before = structuredClone(input);
    const spec = convergenceLine(input) as unknown as { data: { values: unknown[] }; facet: { sort: string[] }; resolve: { scale: { y: string } } };
    expect(input).toEqual(before);
    expect(spec.data.values).toHaveLength(6);
    expect(spec.facet.sort).toEqual(['Kostnad (mnkr)', 'Andel (%)']);
    expect(spec.resolve.scale.y).toBe('independent');
    expect(compileClean(convergenceLine(input)).warnings).toEqual([]);
    expect(compileClean(convergenceLine({ ...input, width: 360, title: 'Konvergens' })).warnings).toEqual([]);
  });
});
