/**
 * A one-way sweep: the metric's mean at each value of the varied parameter as a line, with a
 * band over the 5–95 % range across runs, so how much the answer moves can be set against
 * how much it varies anyway.
 */
import type { TopLevelSpec } from 'vega-lite';
import { frame, type ChartFrame } from './ChartFrame.js';
import { OKABE_ITO } from './palette.js';

export interface SweepLinePoint {
  x: number;
  mean: number;
  lo: number;
  hi: number;
}

export interface SweepLineInput extends ChartFrame {
  points: readonly SweepLinePoint[];
  xTitle: string;
  yTitle: string;
  bandTitle: string;
}

export function sweepLine(input: SweepLineInput): TopLevelSpec {
  const values = input.points.filter((p) => [p.x, p.mean, p.lo, p.hi].every(Number.isFinite)).map((p) => ({ ...p }));
  const x = { field: 'x', type: 'quantitative' as const, title: input.xTitle, axis: { format: ',.4~r' } };
  return {
    ...frame(input, 240),
    data: { values },
    layer: [
      { mark: { type: 'area', color: OKABE_ITO.skyBlue, opacity: 0.35 }, encoding: { x, y: { field: 'lo', type: 'quantitative', title: input.yTitle, scale: { zero: false }, axis: { format: ',.4~r' } }, y2: { field: 'hi' } } },
      {
        mark: { type: 'line', color: OKABE_ITO.blue, strokeWidth: 2.5, point: { filled: true, color: OKABE_ITO.blue } },
        encoding: {
          x, y: { field: 'mean', type: 'quantitative' },
          tooltip: [
            { field: 'x', type: 'quantitative', title: input.xTitle, format: ',.4~r' },
            { field: 'mean', type: 'quantitative', title: input.yTitle, format: ',.4~r' },
            { field: 'lo', type: 'quantitative', title: `${input.bandTitle} (5 %)`, format: ',.4~r' },
            { field: 'hi', type: 'quantitative', title: `${input.bandTitle} (95 %)`, format: ',.4~r' },
          ],
        },
      },
    ],
  };
}
