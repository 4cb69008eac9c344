/**
 * A dot per row (the mean over runs) with a line from the 5th to the 95th percentile: the
 * shared form of "outcomes by group" and "how good is the measurement".
 */
import type { TopLevelSpec } from 'vega-lite';
import { frame, type ChartFrame } from './ChartFrame.js';
import { labelRoom, OKABE_ITO, WRAPPED_AXIS, wrapLabel } from './palette.js';

export interface IntervalRow {
  /** The row's label (y axis), in display order. */
  label: string;
  mean: number;
  p05: number;
  p95: number;
  /** Optional grouping shown by colour (e.g. "by sex", "by need"). */
  group?: string;
}

export interface IntervalDotsInput extends ChartFrame {
  rows: readonly IntervalRow[];
  xTitle: string;
  /** d3 format of the x axis and tooltips, e.g. ".0%". */
  format: string;
  /** Fixed x domain, e.g. [0, 1] for shares; omitted = fit the data. */
  domain?: readonly [number, number];
  meanTitle: string;
  intervalTitle: string;
  groupTitle?: string;
}

export function intervalDots(input: IntervalDotsInput): TopLevelSpec {
  const room = labelRoom(input.width);
  const values = input.rows.filter((r) => Number.isFinite(r.mean)).map((r) => ({ ...r, group: r.group ?? '', axisLabel: wrapLabel(r.label, room) }));
  const order = values.map((r) => r.axisLabel);
  const grouped = input.rows.some((r) => r.group);
  const x = { type: 'quantitative' as const, title: input.xTitle, axis: { format: input.format, tickCount: 8, labelOverlap: true }, scale: input.domain ? { domain: [...input.domain] } : { zero: false } };
  const y = { field: 'axisLabel', type: 'nominal' as const, sort: order, title: null, axis: { labelLimit: room, ...WRAPPED_AXIS } };
  const colour = grouped
    ? { color: { field: 'group', type: 'nominal' as const, title: input.groupTitle ?? '', sort: [...new Set(values.map((v) => v.group))] } }
    : {};
  return {
    ...frame(input, Math.max(80, 34 * values.length)),
    data: { values },
    layer: [
      { mark: { type: 'rule', strokeWidth: 2.5, color: OKABE_ITO.black }, encoding: { x: { ...x, field: 'p05' }, x2: { field: 'p95' }, y } },
      {
        mark: { type: 'point', filled: true, size: 110, opacity: 1, stroke: OKABE_ITO.black, strokeWidth: 0.8, ...(grouped ? {} : { color: OKABE_ITO.blue }) },
        encoding: {
          x: { ...x, field: 'mean' }, y, ...colour,
          tooltip: [
            { field: 'label', type: 'nominal', title: ' ' },
            { field: 'mean', type: 'quantitative', title: input.meanTitle, format: input.format },
            { field: 'p05', type: 'quantitative', title: `${input.intervalTitle} (5 %)`, format: input.format },
            { field: 'p95', type: 'quantitative', title: `${input.intervalTitle} (95 %)`, format: input.format },
          ],
        },
      },
    ],
  };
}
