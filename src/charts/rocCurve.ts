/**
 * The trade-off between wrong flags and misses: for each judging window a line through its
 * thresholds, wrongly flagged acceptable providers (x) against deficient providers found,
 * 1 − miss rate (y), with the scenario's own threshold ringed. The diagonal is a coin toss:
 * a window whose curve lies on it cannot tell providers apart at any threshold.
 */
import type { TopLevelSpec } from 'vega-lite';
import { frame, type ChartFrame } from './ChartFrame.js';
import { CATEGORY_COLOURS, INK } from './palette.js';

export interface RocRow {
  /** Localised window name, the legend text. */
  window: string;
  threshold: number;
  falseFlagRate: number;
  found: number;
  precision: number | null;
  /** The scenario's own threshold. */
  current: boolean;
}

export interface RocCurveInput extends ChartFrame {
  rows: readonly RocRow[];
  /** Window names in legend order. */
  windows: readonly string[];
  xTitle: string;
  yTitle: string;
  legendTitle: string;
  thresholdTitle: string;
  precisionTitle: string;
}

export function rocCurve(input: RocCurveInput): TopLevelSpec {
  const colour = { field: 'window', type: 'nominal' as const, title: input.legendTitle, scale: { domain: [...input.windows], range: CATEGORY_COLOURS.slice(0, input.windows.length) } };
  const x = { field: 'falseFlagRate', type: 'quantitative' as const, title: input.xTitle, scale: { domain: [0, 1] }, axis: { format: '.0%' } };
  const y = { field: 'found', type: 'quantitative' as const, title: input.yTitle, scale: { domain: [0, 1] }, axis: { format: '.0%' } };
  const tooltip = [
    { field: 'window', type: 'nominal' as const, title: input.legendTitle },
    { field: 'threshold', type: 'quantitative' as const, title: input.thresholdTitle, format: '.2f' },
    { field: 'falseFlagRate', type: 'quantitative' as const, title: input.xTitle, format: '.1%' },
    { field: 'found', type: 'quantitative' as const, title: input.yTitle, format: '.1%' },
    { field: 'precision', type: 'quantitative' as const, title: input.precisionTitle, format: '.0%' },
  ];
  return {
    ...frame(input, Math.min(360, Math.max(220, Math.round(input.width * 0.6)))),
    data: { values: input.rows.map((r) => ({ ...r })) },
    layer: [
      { data: { values: [{ a: 0 }, { a: 1 }] }, mark: { type: 'line', strokeDash: [4, 4], color: '#888888' }, encoding: { x: { field: 'a', type: 'quantitative' }, y: { field: 'a', type: 'quantitative' } } },
      { mark: { type: 'line', point: true }, encoding: { x, y, color: colour, order: { field: 'threshold', type: 'quantitative', sort: 'descending' }, tooltip } },
      { transform: [{ filter: 'datum.current' }], mark: { type: 'point', size: 220, strokeWidth: 2, color: INK }, encoding: { x, y, tooltip } },
    ],
  };
}
