/**
 * The comparison at a glance: for each headline metric (one row panel each, with its own
 * scale and unit) every design's paired difference from the baseline, a dot at the mean and a
 * line over the 5–95 % range across runs, and a line at zero (no difference).
 */
import type { TopLevelSpec } from 'vega-lite';
import { labelRoom, OKABE_ITO } from './palette.js';
import { facetFrame, type ChartFrame } from './ChartFrame.js';

export interface DifferenceRow {
  /** Metric label with its unit, e.g. "Kostnad per år (mnkr)": one panel per distinct value. */
  metric: string;
  design: string;
  mean: number;
  lo: number;
  hi: number;
}

export interface DifferenceDotPlotInput extends ChartFrame {
  rows: readonly DifferenceRow[];
  /** Design names in display order (colour order). */
  designs: readonly string[];
  designTitle: string;
  meanTitle: string;
  intervalTitle: string;
}

export function differenceDotPlot(input: DifferenceDotPlotInput): TopLevelSpec {
  const values = input.rows.filter((r) => Number.isFinite(r.mean)).map((r) => ({ ...r }));
  const metrics = [...new Set(values.map((r) => r.metric))];
  // One design (a report page): no row labels, and the panels side by side to keep the page short.
  const single = input.designs.length === 1;
  const columns = single ? (input.width >= 600 ? 3 : 2) : 1;
  const labels = single ? 0 : Math.min(200, labelRoom(input.width));
  const y = { field: 'design', type: 'nominal' as const, sort: [...input.designs], title: null, axis: single ? null : { labelLimit: labels } };
  // No axis title: each panel's header names the measure and its unit, which keeps the plot short enough for print.
  const x = { type: 'quantitative' as const, title: null, scale: { zero: true }, axis: { format: ',.3~r', labelOverlap: 'greedy' as const } };
  // A facet has no "fit" sizing, so the inner width is the frame less the row labels.
  const width = Math.max(100, Math.round((input.width - labels - 20) / columns - (columns > 1 ? 24 : 0)));
  const header = { labelAngle: 0, labelAlign: 'left' as const, labelAnchor: 'start' as const, labelOrient: 'top' as const, labelFontWeight: 'bold' as const, labelLimit: Math.max(160, width + labels), ...(single ? { labelFontSize: input.width >= 900 ? 11 : 10 } : {}) };
  return {
    ...facetFrame(input),
    data: { values },
    ...(single ? { columns } : {}),
    facet: single
      ? { field: 'metric', type: 'nominal', sort: metrics, title: null, header }
      : { row: { field: 'metric', type: 'nominal', sort: metrics, title: null, header } },
    spec: {
      width,
      height: single ? 22 : Math.max(30, 26 * input.designs.length),
      layer: [
        // The zero line is decoration (the description says what it is): hidden from assistive technology, which would otherwise meet an unnamed graphic.
        { mark: { type: 'rule', color: '#767676', strokeDash: [3, 3], aria: false }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        { mark: { type: 'rule', strokeWidth: 2.5 }, encoding: { x: { ...x, field: 'lo' }, x2: { field: 'hi' }, y, color: { field: 'design', type: 'nominal', legend: null, sort: [...input.designs] } } },
        {
          mark: { type: 'point', filled: true, size: 100, opacity: 1, stroke: OKABE_ITO.black, strokeWidth: 0.8 },
          encoding: {
            x: { ...x, field: 'mean' }, y,
            color: { field: 'design', type: 'nominal', title: input.designTitle, sort: [...input.designs], legend: null },
            tooltip: [
              { field: 'design', type: 'nominal', title: input.designTitle },
              { field: 'mean', type: 'quantitative', title: input.meanTitle, format: ',.3~r' },
              { field: 'lo', type: 'quantitative', title: `${input.intervalTitle} (5 %)`, format: ',.3~r' },
              { field: 'hi', type: 'quantitative', title: `${input.intervalTitle} (95 %)`, format: ',.3~r' },
            ],
          },
        },
      ],
    },
    resolve: { scale: { x: 'independent' } },
  };
}
