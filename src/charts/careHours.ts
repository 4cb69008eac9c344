/**
 * Care hours clients received against hours that went to follow-up and reporting instead, per
 * year, with the 5–95 % range over runs. Bars so that the two amounts are compared by length.
 */
import type { TopLevelSpec } from 'vega-lite';
import { frame, type ChartFrame } from './ChartFrame.js';
import { labelRoom, OKABE_ITO, WRAPPED_AXIS, wrapLabel } from './palette.js';

export interface CareHoursRow {
  label: string;
  kind: 'care' | 'admin';
  /** Hours per year: mean, 5th and 95th percentile over runs. */
  mean: number;
  p05: number;
  p95: number;
}

export interface CareHoursInput extends ChartFrame {
  rows: readonly CareHoursRow[];
  xTitle: string;
  meanTitle: string;
  intervalTitle: string;
}

export function careHours(input: CareHoursInput): TopLevelSpec {
  const room = labelRoom(input.width);
  const values = input.rows.map((r) => ({ ...r, axisLabel: wrapLabel(r.label, room) }));
  const y = { field: 'axisLabel', type: 'nominal' as const, sort: values.map((v) => v.axisLabel), title: null, axis: { labelLimit: room, ...WRAPPED_AXIS } };
  return {
    ...frame(input, Math.max(90, 46 * values.length)),
    data: { values },
    layer: [
      {
        mark: { type: 'bar', height: 24 },
        encoding: {
          x: { field: 'mean', type: 'quantitative', title: input.xTitle, axis: { format: ',.0f' } },
          y,
          color: { field: 'kind', type: 'nominal', legend: null, scale: { domain: ['care', 'admin'], range: [OKABE_ITO.green, OKABE_ITO.vermillion] } },
          tooltip: [
            { field: 'label', type: 'nominal', title: ' ' },
            { field: 'mean', type: 'quantitative', title: input.meanTitle, format: ',.0f' },
            { field: 'p05', type: 'quantitative', title: `${input.intervalTitle} (5 %)`, format: ',.0f' },
            { field: 'p95', type: 'quantitative', title: `${input.intervalTitle} (95 %)`, format: ',.0f' },
          ],
        },
      },
      { mark: { type: 'rule', strokeWidth: 2, color: OKABE_ITO.black }, encoding: { x: { field: 'p05', type: 'quantitative' }, x2: { field: 'p95' }, y } },
    ],
  };
}
