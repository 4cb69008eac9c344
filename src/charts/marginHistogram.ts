/**
 * Providers' operating margin (each provider's mean over runs), split at zero so the providers
 * that lose money stand out in vermillion.
 */
import type { TopLevelSpec } from 'vega-lite';
import { frame, type ChartFrame } from './ChartFrame.js';
import { OKABE_ITO } from './palette.js';

export interface MarginRow {
  provider: number;
  /** Operating margin as a share of revenue. */
  margin: number;
  /** Localised "loss" or "profit", the legend text. */
  status: string;
}

export interface MarginHistogramInput extends ChartFrame {
  rows: readonly MarginRow[];
  lossLabel: string;
  profitLabel: string;
  xTitle: string;
  yTitle: string;
  legendTitle: string;
}

export function marginHistogram(input: MarginHistogramInput): TopLevelSpec {
  return {
    ...frame(input, 200),
    data: { values: input.rows.map((r) => ({ ...r })) },
    mark: { type: 'bar', binSpacing: 1 },
    encoding: {
      // Anchored at 0 so no bin straddles break-even.
      x: { field: 'margin', type: 'quantitative', bin: { maxbins: 24, anchor: 0 }, title: input.xTitle, axis: { format: '.1~%', labelOverlap: 'greedy', labelSeparation: 8 } },
      y: { aggregate: 'count', type: 'quantitative', title: input.yTitle, axis: { tickMinStep: 1 } },
      color: {
        field: 'status', type: 'nominal', title: input.legendTitle,
        scale: { domain: [input.lossLabel, input.profitLabel], range: [OKABE_ITO.vermillion, OKABE_ITO.blue] },
      },
    },
  };
}
