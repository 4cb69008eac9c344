/**
 * A tornado: one horizontal bar per uncertain input, from the metric at the input's low end
 * to its high end (others at their medians), largest swing on top, a line at the base value.
 * The low end is one colour and the high end another, so "which way" is read off the bar.
 */
import type { TopLevelSpec } from 'vega-lite';
import { frame, type ChartFrame } from './ChartFrame.js';
import { labelRoom, OKABE_ITO, WRAPPED_AXIS, wrapLabel } from './palette.js';

export interface TornadoBar {
  input: string;
  /** The metric with the input at its low and at its high end. */
  atLow: number;
  atHigh: number;
}

export interface TornadoInput extends ChartFrame {
  /** Sorted by swing, largest first. */
  bars: readonly TornadoBar[];
  base: number;
  xTitle: string;
  lowLabel: string;
  highLabel: string;
}

export function tornadoChart(input: TornadoInput): TopLevelSpec {
  const bars = input.bars.filter((b) => Number.isFinite(b.atLow) && Number.isFinite(b.atHigh));
  const room = labelRoom(input.width);
  // Long input names ("Episode median length — HVB youth") wrap onto lines instead of being cut.
  const wrapped = bars.map((b) => wrapLabel(b.input, room));
  const ends = bars.flatMap((b, i) => [
    { input: b.input, axisLabel: wrapped[i], end: input.lowLabel, from: input.base, to: b.atLow },
    { input: b.input, axisLabel: wrapped[i], end: input.highLabel, from: input.base, to: b.atHigh },
  ]);
  const y = { field: 'axisLabel', type: 'nominal' as const, sort: wrapped, title: null, axis: { labelLimit: room, ...WRAPPED_AXIS } };
  const lines = Math.max(1, ...wrapped.map((w) => w.split('\n').length));
  return {
    ...frame(input, Math.max(60, (16 + 12 * lines) * bars.length)),
    layer: [
      {
        data: { values: ends },
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y,
          x: { field: 'from', type: 'quantitative', title: input.xTitle, scale: { zero: false }, axis: { format: ',.4~r' } },
          x2: { field: 'to' },
          color: { field: 'end', type: 'nominal', title: null, scale: { domain: [input.lowLabel, input.highLabel], range: [OKABE_ITO.blue, OKABE_ITO.vermillion] }, legend: { orient: 'bottom' } },
          tooltip: [
            { field: 'input', type: 'nominal', title: input.xTitle },
            { field: 'end', type: 'nominal' },
            { field: 'to', type: 'quantitative', format: ',.4~r' },
          ],
        },
      },
      { data: { values: [{ base: input.base }] }, mark: { type: 'rule', color: OKABE_ITO.black, strokeWidth: 1.5 }, encoding: { x: { field: 'base', type: 'quantitative' } } },
    ],
  };
}
