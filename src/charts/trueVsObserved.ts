/**
 * One run's providers: each one's true good-outcome rate against what the measure showed in a
 * payment period (or over the whole contract), with the diagonal where they would agree.
 * Colour and shape both carry the flagging status (shape survives grey-scale print), and
 * wrongly flagged providers are drawn largest. The tooltip gives the measured clients, on
 * which the scatter around the diagonal depends.
 */
import type { TopLevelSpec } from 'vega-lite';
import { frame, type ChartFrame } from './ChartFrame.js';
import { OKABE_ITO } from './palette.js';

export type FlagStatus = 'fine' | 'wronglyFlagged' | 'rightlyFlagged' | 'missed';
export const FLAG_STATUSES: readonly FlagStatus[] = ['fine', 'wronglyFlagged', 'rightlyFlagged', 'missed'];

export interface ProviderPoint {
  provider: number;
  trueRate: number;
  observedRate: number;
  /** Measured clients behind the measured rate. */
  measured: number;
  status: FlagStatus;
  /** Whether (or in how many periods) it was flagged, as text for the tooltip. */
  flagged: string;
}

export interface TrueVsObservedInput extends ChartFrame {
  points: readonly ProviderPoint[];
  statusLabels: Readonly<Record<FlagStatus, string>>;
  xTitle: string;
  yTitle: string;
  legendTitle: string;
  providerTitle: string;
  measuredTitle: string;
  flaggedTitle: string;
}

const COLOUR: Record<FlagStatus, string> = { fine: OKABE_ITO.skyBlue, wronglyFlagged: OKABE_ITO.vermillion, rightlyFlagged: OKABE_ITO.green, missed: OKABE_ITO.purple };
const SHAPE: Record<FlagStatus, string> = { fine: 'circle', wronglyFlagged: 'triangle-up', rightlyFlagged: 'square', missed: 'diamond' };
const SIZE: Record<FlagStatus, number> = { fine: 60, wronglyFlagged: 160, rightlyFlagged: 110, missed: 110 };

export function trueVsObserved(input: TrueVsObservedInput): TopLevelSpec {
  const values = input.points.map((p) => ({ ...p, label: input.statusLabels[p.status], size: SIZE[p.status] }));
  // Only the statuses that occur are in the legend.
  const shown = FLAG_STATUSES.filter((s) => input.points.some((p) => p.status === s));
  const domain = shown.map((s) => input.statusLabels[s]);
  const rates = input.points.flatMap((p) => [p.trueRate, p.observedRate]).filter(Number.isFinite);
  const lo = Math.max(0, Math.floor((Math.min(1, ...rates) - 0.05) * 10) / 10);
  const hi = Math.min(1, Math.ceil((Math.max(0, ...rates) + 0.05) * 10) / 10);
  const scale = { domain: [lo, Math.max(hi, lo + 0.1)], nice: false, zero: false };
  return {
    ...frame(input, Math.min(360, Math.max(220, Math.round(input.width * 0.6)))),
    layer: [
      {
        data: { values: [{ a: scale.domain[0] }, { a: scale.domain[1] }] },
        mark: { type: 'line', color: '#767676', strokeDash: [4, 4], clip: true },
        encoding: { x: { field: 'a', type: 'quantitative', scale }, y: { field: 'a', type: 'quantitative', scale } },
      },
      {
        data: { values },
        mark: { type: 'point', filled: true, opacity: 0.9, stroke: OKABE_ITO.black, strokeWidth: 0.6 },
        encoding: {
          x: { field: 'trueRate', type: 'quantitative', title: input.xTitle, scale, axis: { format: '.0%' } },
          y: { field: 'observedRate', type: 'quantitative', title: input.yTitle, scale, axis: { format: '.0%' } },
          color: { field: 'label', type: 'nominal', title: input.legendTitle, scale: { domain, range: shown.map((s) => COLOUR[s]) } },
          shape: { field: 'label', type: 'nominal', title: input.legendTitle, scale: { domain, range: shown.map((s) => SHAPE[s]) } },
          size: { field: 'size', type: 'quantitative', scale: null, legend: null },
          tooltip: [
            { field: 'provider', type: 'ordinal', title: input.providerTitle },
            { field: 'trueRate', type: 'quantitative', title: input.xTitle, format: '.1%' },
            { field: 'observedRate', type: 'quantitative', title: input.yTitle, format: '.1%' },
            { field: 'measured', type: 'quantitative', title: input.measuredTitle, format: ',d' },
            { field: 'flagged', type: 'nominal', title: input.flaggedTitle },
            { field: 'label', type: 'nominal', title: input.legendTitle },
          ],
        },
      },
    ],
  };
}
