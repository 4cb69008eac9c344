/**
 * A two-way sweep: one cell per pair of values of the two varied parameters, coloured by the
 * metric's mean (a sequential, colour-blind-safe scheme), the value written in the cell so
 * the colour is never the only carrier of the number.
 */
import type { TopLevelSpec } from 'vega-lite';
import { frame, type ChartFrame } from './ChartFrame.js';

export interface HeatCell {
  x: number;
  y: number;
  mean: number;
}

export interface SweepHeatmapInput extends ChartFrame {
  cells: readonly HeatCell[];
  xTitle: string;
  yTitle: string;
  valueTitle: string;
}

export function sweepHeatmap(input: SweepHeatmapInput): TopLevelSpec {
  const values = input.cells.filter((c) => [c.x, c.y, c.mean].every(Number.isFinite)).map((c) => ({ ...c }));
  const ys = new Set(values.map((c) => c.y)).size;
  // Viridis is dark at the low end: white text there, black above the middle of the range.
  const means = values.map((c) => c.mean);
  const mid = means.length ? (Math.min(...means) + Math.max(...means)) / 2 : 0;
  const x = { field: 'x', type: 'ordinal' as const, title: input.xTitle, axis: { format: ',.4~r', labelAngle: 0 } };
  const y = { field: 'y', type: 'ordinal' as const, title: input.yTitle, sort: 'descending' as const, axis: { format: ',.4~r' } };
  return {
    ...frame(input, Math.max(80, 30 * ys)),
    data: { values },
    layer: [
      { mark: { type: 'rect' }, encoding: { x, y, color: { field: 'mean', type: 'quantitative', title: input.valueTitle, scale: { scheme: 'viridis' } }, tooltip: [{ field: 'x', type: 'quantitative', title: input.xTitle }, { field: 'y', type: 'quantitative', title: input.yTitle }, { field: 'mean', type: 'quantitative', title: input.valueTitle, format: ',.4~r' }] } },
      { mark: { type: 'text', fontSize: 10 }, encoding: { x, y, text: { field: 'mean', type: 'quantitative', format: ',.3~r' }, color: { condition: { test: `datum.mean < ${mid}`, value: 'white' }, value: 'black' } } },
    ],
  };
}
