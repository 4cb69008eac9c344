/**
 * Distribution of the purchaser's total cost per year over runs, with the user's budget as a
 * vertical line, so "how likely are we to overspend" is read off the picture.
 */
import type { TopLevelSpec } from 'vega-lite';
import { frame, type ChartFrame } from './ChartFrame.js';
import { OKABE_ITO } from './palette.js';

export interface CostHistogramInput extends ChartFrame {
  /** Total cost per year of each run, in millions of kronor. */
  costs: readonly number[];
  /** Budget per year in millions of kronor, or null for none. */
  budget: number | null;
  xTitle: string;
  yTitle: string;
  budgetLabel: string;
}

export function costHistogram(input: CostHistogramInput): TopLevelSpec {
  const bars = {
    data: { values: input.costs.map((cost) => ({ cost })) },
    mark: { type: 'bar' as const, color: OKABE_ITO.blue, binSpacing: 1 },
    encoding: {
      x: { field: 'cost', type: 'quantitative' as const, bin: { maxbins: 30 }, title: input.xTitle, axis: { format: ',.0f' } },
      y: { aggregate: 'count' as const, type: 'quantitative' as const, title: input.yTitle },
    },
  };
  if (input.budget === null || !Number.isFinite(input.budget)) return { ...frame(input, 220), ...bars };
  const budget = { data: { values: [{ budget: input.budget, label: input.budgetLabel }] } };
  return {
    ...frame(input, 220),
    layer: [
      bars,
      { ...budget, mark: { type: 'rule', color: OKABE_ITO.vermillion, strokeWidth: 3, strokeDash: [6, 3] }, encoding: { x: { field: 'budget', type: 'quantitative' } } },
      {
        ...budget,
        mark: { type: 'text', align: 'left', dx: 5, dy: 2, baseline: 'top', color: OKABE_ITO.black, fontWeight: 'bold' },
        encoding: { x: { field: 'budget', type: 'quantitative' }, y: { value: 0 }, text: { field: 'label' } },
      },
    ],
  };
}
