/**
 * The Pilot view's figures from a plan: the ROC chart with its table, the sample-size table,
 * and the sentence about the precision of flags at the scenario's threshold.
 */
import type { PlanResult } from '../../core/plan/planPilot.js';
import type { FlagWindow } from '../../core/simulate/flagWindow.js';
import { rocCurve, type RocRow } from '../../charts/rocCurve.js';
import type { Lang } from '../../i18n/Lang.js';
import { t, type TextKey } from '../../i18n/t.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import type { FigureModel } from '../chart/FigureModel.js';
import { makeTable, type TableData } from './TableData.js';

export const windowName = (w: FlagWindow, L: Lang): string => t(L, `window_${w}` as TextKey);

export function rocFigure(plan: PlanResult, L: Lang): FigureModel {
  const rows: RocRow[] = plan.windows.flatMap((w) => w.roc
    .filter((p) => p.falseFlagRate !== null && p.missRate !== null)
    .map((p) => ({ window: windowName(w.window, L), threshold: p.threshold, falseFlagRate: p.falseFlagRate!, found: 1 - p.missRate!, precision: p.precision, current: p.threshold === plan.settings.zCritical })));
  const title = t(L, 'pilotRocTitle'), description = t(L, 'pilotRocDescription');
  const pct = (x: number | null): string => formatPercent(x, L, 1);
  return {
    id: 'pilot-roc',
    title,
    description,
    spec: (width, withTitle) => rocCurve({
      width, description, title: withTitle, rows, windows: plan.windows.map((w) => windowName(w.window, L)),
      xTitle: t(L, 'pilotRocX'), yTitle: t(L, 'pilotRocY'), legendTitle: t(L, 'pilotWindow'), thresholdTitle: t(L, 'pilotThreshold'), precisionTitle: t(L, 'pilotPrecision'),
    }),
    table: makeTable(title, [
      { header: t(L, 'pilotWindow'), raw: (r: RocRow) => r.window, text: (r) => r.window },
      { header: t(L, 'pilotThreshold'), raw: (r) => r.threshold, text: (r) => formatNumber(r.threshold, L, 2), numeric: true },
      { header: t(L, 'pilotRocX'), raw: (r) => r.falseFlagRate, text: (r) => pct(r.falseFlagRate), numeric: true },
      { header: t(L, 'pilotRocY'), raw: (r) => r.found, text: (r) => pct(r.found), numeric: true },
      { header: t(L, 'pilotPrecision'), raw: (r) => r.precision, text: (r) => pct(r.precision), numeric: true },
    ], rows),
  };
}

interface SampleRow { method: string; perProvider: number | null; months: number | null; more?: number }

export function sampleTable(plan: PlanResult, L: Lang): TableData {
  const s = plan.sampleSize;
  const rows: SampleRow[] = [
    { method: t(L, 'pilotFormula'), perProvider: s.formula.perProvider, months: s.formula.months },
    { method: t(L, 'pilotFormulaRecorded'), perProvider: s.formulaOnRecordedGap.perProvider, months: s.formulaOnRecordedGap.months },
    { method: t(L, 'pilotSimulation'), perProvider: s.simulation.perProvider, months: s.simulation.months, more: s.simulation.nMax },
  ];
  const d = Math.round(100 * (s.trueRate - s.deficientTrueRate));
  return makeTable(t(L, 'pilotSampleCaption', { d, service: s.service }), [
    { header: t(L, 'pilotMethod'), raw: (r: SampleRow) => r.method, text: (r) => r.method },
    { header: t(L, 'pilotPerProvider'), raw: (r) => r.perProvider, text: (r) => (r.perProvider === null && r.more ? t(L, 'pilotMore', { n: formatNumber(r.more, L) }) : formatNumber(r.perProvider, L)), numeric: true },
    { header: t(L, 'pilotYears'), raw: (r) => (r.months === null ? null : r.months / 12), text: (r) => formatNumber(r.months === null ? null : r.months / 12, L, 1), numeric: true },
  ], rows);
}

export function precisionSentence(plan: PlanResult, window: FlagWindow, L: Lang): string | null {
  const w = plan.windows.find((x) => x.window === window);
  if (!w) return null;
  const p = w.atThreshold;
  return t(L, 'pilotPrecisionSentence', {
    z: formatNumber(plan.settings.zCritical, L, 2), window: windowName(window, L),
    wrong: formatPercent(p.falseFlagRate, L, 1), found: formatPercent(p.missRate === null ? null : 1 - p.missRate, L, 1),
    precision: formatPercent(p.precision, L, 0), n: formatNumber(w.measuredPerProvider, L),
  });
}
