/**
 * Inputs ranked by one number (a share of the variance, the value of information): one
 * horizontal bar each, largest on top, the value written at the bar's end.
 */
import type { TopLevelSpec } from 'vega-lite';
import { frame, type ChartFrame } from './ChartFrame.js';
import { labelRoom, OKABE_ITO, WRAPPED_AXIS, wrapLabel } from './palette.js';

export interface RankedBarsInput extends ChartFrame {
  bars: ReadonlyArray<{ input: string; value: number }>;
  xTitle: string;
  /** d3 format of the values, e.g. '.0%' for shares or ',.0f' for kronor. */
  format: string;
}

export function rankedBars(input: RankedBarsInput): TopLevelSpec {
  const room = labelRoom(input.width);
  // Long input names ("Episode median length — HVB youth") wrap onto lines instead of being cut.
  const values = input.bars.filter((b) => Number.isFinite(b.value)).map((b) => ({ ...b, axisLabel: wrapLabel(b.input, room) })).sort((a, b) => b.value - a.value);
  const y = { field: 'axisLabel', type: 'nominal' as const, sort: values.map((v) => v.axisLabel), title: null, axis: { labelLimit: room, ...WRAPPED_AXIS } };
  const x = { field: 'value', type: 'quantitative' as const, title: input.xTitle, axis: { format: input.format }, scale: { zero: true } };
  return {
    ...frame(input, Math.max(60, (16 + 12 * Math.max(1, ...values.map((v) => v.axisLabel.split('\n').length))) * values.length)),
    data: { values },
    layer: [
      { mark: { type: 'bar', color: OKABE_ITO.green, height: { band: 0.7 } }, encoding: { y, x, tooltip: [{ field: 'input', type: 'nominal' }, { field: 'value', type: 'quantitative', format: input.format }] } },
      { mark: { type: 'text', align: 'left', dx: 4, color: OKABE_ITO.black }, encoding: { y, x, text: { field: 'value', type: 'quantitative', format: input.format } } },
    ],
  };
}
