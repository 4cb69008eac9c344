import { describe, expect, it } from 'vitest';
import { marginHistogram, type MarginHistogramInput } from '../../src/charts/marginHistogram.js';
import { compileClean } from './compileClean.js';

const input: MarginHistogramInput = {
  width: 500, description: 'Marginal per utförare',
  rows: [{ provider: 1, margin: -0.02, status: 'Förlust' }, { provider: 2, margin: 0.08, status: 'Vinst' }, { provider: 3, margin: 0.1, status: 'Vinst' }],
  lossLabel: 'Förlust', profitLabel: 'Vinst', xTitle: 'Marginal', yTitle: 'Antal utförare', legendTitle: 'Resultat',
};

describe('marginHistogram', () => {
  it('compiles without warnings and does not mutate its input', () => {
    const before = structuredClone(input);
    expect(compileClean(marginHistogram(input)).warnings).toEqual([]);
    expect(input).toEqual(before);
  });
  it('anchors bins at zero so no bin mixes losses and profits', () => {
    const spec = marginHistogram(input) as unknown as { encoding: { x: { bin: { anchor: number } } } };
    expect(spec.encoding.x.bin.anchor).toBe(0);
  });
});
