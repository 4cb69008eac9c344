import { describe, expect, it } from 'vitest';
import { rankedBars } from '../../src/charts/rankedBars.js';
import { sweepLine } from '../../src/charts/sweepLine.js';
import { tornadoChart } from '../../src/charts/tornado.js';
import { compileClean } from './compileClean.js';

const frame = { width: 640, description: 'Beskrivning' };

describe('sensitivity charts', () => {
  it('tornado: two bars per input from the base, sorted as given; compiles cleanly', () => {
    const input = { ...frame, base: 100, xTitle: 'Kostnad', lowLabel: 'Låg', highLabel: 'Hög', bars: [{ input: 'a', atLow: 60, atHigh: 150 }, { input: 'b', atLow: 95, atHigh: 104 }, { input: 'c', atLow: NaN, atHigh: 1 }] };
    const before = structuredClone(input);
    const spec = tornadoChart(input) as unknown as { layer: Array<{ data: { values: Array<{ input: string }> }; encoding?: { y?: { sort: string[] } } }> };
    expect(input).toEqual(before);
    expect(spec.layer[0].data.values).toHaveLength(4);
    expect(spec.layer[0].encoding?.y?.sort).toEqual(['a', 'b']);
    expect(compileClean(tornadoChart(input)).warnings).toEqual([]);
    expect(compileClean(tornadoChart({ ...input, title: 'Tornado' })).warnings).toEqual([]);
  });

  it('tornado and ranked bars wrap a long input name onto lines instead of cutting it', () => {
    const long = 'Antal placeringar per utförare och månad — HVB för ungdomar, segment 2';
    const narrow = { width: 300, description: 'Beskrivning' };
    const t = tornadoChart({ ...narrow, base: 1, xTitle: 'x', lowLabel: 'Låg', highLabel: 'Hög', bars: [{ input: long, atLow: 0, atHigh: 2 }] }) as unknown as { layer: Array<{ data: { values: Array<{ input: string; axisLabel: string }> } }> };
    const row = t.layer[0].data.values[0];
    expect(row.input).toBe(long);
    expect(row.axisLabel.split('\n').length).toBeGreaterThan(1);
    expect(row.axisLabel.replace(/\n/g, ' ')).toBe(long);
    const r = rankedBars({ ...narrow, bars: [{ input: long, value: 1 }], xTitle: 'x', format: '.0%' }) as unknown as { data: { values: Array<{ axisLabel: string }> } };
    expect(r.data.values[0].axisLabel.split('\n').length).toBeGreaterThan(1);
  });

  it('sweep line with its band, and ranked bars, compile cleanly', () => {
    const points = [0, 1, 2].map((x) => ({ x, mean: 10 + x, lo: 8 + x, hi: 13 + x }));
    expect(compileClean(sweepLine({ ...frame, points, xTitle: 'Bonus', yTitle: 'Kostnad', bandTitle: '90 %' })).warnings).toEqual([]);
    const bars = rankedBars({ ...frame, bars: [{ input: 'a', value: 0.1 }, { input: 'b', value: 0.7 }, { input: 'c', value: NaN }], xTitle: 'Andel', format: '.0%' }) as unknown as { data: { values: Array<{ input: string }> } };
    expect(bars.data.values.map((v) => v.input)).toEqual(['b', 'a']);
    expect(compileClean(bars as never).warnings).toEqual([]);
  });
});

describe('two-way sweep heat map', () => {
  it('one cell per pair, values written in the cells, compiles cleanly', async () => {
    const { sweepHeatmap } = await import('../../src/charts/sweepHeatmap.js');
    const cells = [0, 1].flatMap((x) => [10, 20, 30].map((y) => ({ x, y, mean: x * 100 + y })));
    const spec = sweepHeatmap({ ...frame, cells, xTitle: 'a', yTitle: 'b', valueTitle: 'Kostnad' }) as unknown as { data: { values: unknown[] } };
    expect(spec.data.values).toHaveLength(6);
    expect(compileClean(spec as never).warnings).toEqual([]);
  });
});
