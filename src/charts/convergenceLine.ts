/**
 * Convergence of the headline metrics: for each (one panel each, its own scale and unit) the
 * running mean against the runs done, with a band of ±1.96 Monte Carlo SE around it. A band
 * that has narrowed to well within the figure's shown precision says more runs would not
 * change the answer.
 */
import type { TopLevelSpec } from 'vega-lite';
import { OKABE_ITO } from './palette.js';
import { facetFrame, type ChartFrame } from './ChartFrame.js';

export interface ConvergencePoint {
  /** Metric label with its unit: one panel per distinct value. */
  metric: string;
  runs: number;
  mean: number;
  lo: number;
  hi: number;
}

export interface ConvergenceInput extends ChartFrame {
  points: readonly ConvergencePoint[];
  runsTitle: string;
  meanTitle: string;
  bandTitle: string;
}

export function convergenceLine(input: ConvergenceInput): TopLevelSpec {
  const values = input.points.filter((p) => [p.runs, p.mean, p.lo, p.hi].every(Number.isFinite)).map((p) => ({ ...p }));
  const metrics = [...new Set(values.map((p) => p.metric))];
  const columns = input.width >= 640 ? 2 : 1;
  // A facet has no "fit" sizing: each panel gets its share of the frame, less the axis room.
  const width = Math.max(100, Math.round((input.width - 70 * columns) / columns - (columns > 1 ? 16 : 0)));
  const x = { field: 'runs', type: 'quantitative' as const, title: input.runsTitle, axis: { format: ',d', labelOverlap: 'greedy' as const } };
  const y = { type: 'quantitative' as const, title: null, scale: { zero: false }, axis: { format: ',.4~r' } };
  return {
    ...facetFrame(input),
    data: { values },
    columns,
    facet: { field: 'metric', type: 'nominal', sort: metrics, title: null, header: { labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelOrient: 'top', labelFontWeight: 'bold', labelLimit: Math.max(160, width + 60) } },
    spec: {
      width,
      height: 120,
      layer: [
        { mark: { type: 'area', color: OKABE_ITO.skyBlue, opacity: 0.4 }, encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' } } },
        {
          mark: { type: 'line', color: OKABE_ITO.blue, strokeWidth: 2 },
          encoding: {
            x, y: { ...y, field: 'mean' },
            tooltip: [
              { field: 'runs', type: 'quantitative', title: input.runsTitle, format: ',d' },
              { field: 'mean', type: 'quantitative', title: input.meanTitle, format: ',.4~r' },
              { field: 'lo', type: 'quantitative', title: `${input.bandTitle} (−)`, format: ',.4~r' },
              { field: 'hi', type: 'quantitative', title: `${input.bandTitle} (+)`, format: ',.4~r' },
            ],
          },
        },
      ],
    },
    resolve: { scale: { y: 'independent' } },
  };
}
