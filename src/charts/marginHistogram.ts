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

/** A bin width of 0.5, 1, 2, 5, 10 … percentage points giving about 15 bins over the margins' range. */
export function marginStep(margins: readonly number[]): number {
  if (margins.length === 0) return 0.01;
  const range = Math.max(...margins) - Math.min(...margins);
  const raw = Math.max(range / 15, 0.001);
  const power = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 5, 10].map((m) => m * power).find((x) => x >= raw) ?? 10 * power;
  return Math.max(0.005, nice);
}

export function marginHistogram(input: MarginHistogramInput): TopLevelSpec {
  const step = marginStep(input.rows.map((r) => r.margin));
  // Only the categories that occur are in the legend.
  const present = [input.lossLabel, input.profitLabel].filter((l) => input.rows.some((r) => r.status === l));
  const colours = present.map((l) => (l === input.lossLabel ? OKABE_ITO.vermillion : OKABE_ITO.blue));
  return {
    ...frame(input, 200),
    data: { values: input.rows.map((r) => ({ ...r })) },
    mark: { type: 'bar', binSpacing: 1 },
    encoding: {
      // Anchored at 0 so no bin straddles break-even; ticks on whole bins, so no two labels read the same.
      x: { field: 'margin', type: 'quantitative', bin: { step, anchor: 0 }, title: input.xTitle, axis: { format: step < 0.01 ? '.1~%' : '.0%', tickMinStep: step, labelOverlap: 'greedy', labelSeparation: 8 } },
      y: { aggregate: 'count', type: 'quantitative', title: input.yTitle, axis: { tickMinStep: 1 } },
      color: {
        field: 'status', type: 'nominal', title: input.legendTitle,
        scale: { domain: present, range: colours },
      },
    },
  };
}
