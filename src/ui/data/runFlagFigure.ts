/**
 * The flagging figure of one run: every provider's measured rate in one payment period (or
 * over the whole contract) against its true good-outcome rate, from a run captured in detail
 * (core/simulate/captureRun). One run shows the noise that an average over all runs hides: a
 * provider with a handful of measured clients can land far from the diagonal by chance. The
 * chart, its sentence, the table and the CSV have the same providers.
 */
import type { CapturedRun } from '../../engine.js';
import { trueVsObserved, type FlagStatus, type ProviderPoint } from '../../charts/trueVsObserved.js';
import type { FigureModel } from '../chart/FigureModel.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { makeTable } from './TableData.js';

/** A payment period (0-based) or the whole contract. */
export type PeriodChoice = number | 'contract';

/** Over the whole contract a provider counts as flagged when it was flagged in at least this share of its periods. */
export const FLAGGED_AT = 0.1;

export interface RunPoint extends ProviderPoint {
  successes: number;
  /** 1/0 in a period; over the contract the share of its periods in which it was flagged. */
  flaggedShare: number;
}

export function flagStatus(deficient: boolean, flagged: boolean): FlagStatus {
  if (deficient) return flagged ? 'rightlyFlagged' : 'missed';
  return flagged ? 'wronglyFlagged' : 'fine';
}

/** In one period a provider is flagged or not; over the contract "fine" means rarely flagged. */
export function statusLabels(lang: Lang, period: PeriodChoice = 'contract'): Record<FlagStatus, string> {
  return { fine: t(lang, period === 'contract' ? 'statusFine' : 'statusFinePeriod'), wronglyFlagged: t(lang, 'statusWrong'), rightlyFlagged: t(lang, 'statusRight'), missed: t(lang, 'statusMissed') };
}

/** The providers with at least one measured client in the chosen period (or the contract). */
export function runPoints(r: CapturedRun, period: PeriodChoice, lang: Lang): RunPoint[] {
  const points: RunPoint[] = [];
  const yes = t(lang, 'flaggedYes'), no = t(lang, 'flaggedNo');
  for (let j = 0; j < r.providers; j++) {
    let n = 0, good = 0, trueWeighted = 0, settled = 0, flagged = 0, deficient = 0;
    for (let q = 0; q < r.periods; q++) {
      if (period !== 'contract' && q !== period) continue;
      const cell = j * r.periods + q;
      if (!r.settled[cell]) continue;
      settled++;
      n += r.measured[cell];
      good += r.successes[cell];
      trueWeighted += r.measured[cell] * r.trueRate[cell];
      flagged += r.flagged[cell];
      deficient += r.deficient[cell];
    }
    if (n === 0) continue;
    const flaggedShare = flagged / settled;
    const isFlagged = period === 'contract' ? flaggedShare >= FLAGGED_AT : flagged > 0;
    points.push({
      provider: j + 1, trueRate: trueWeighted / n, observedRate: good / n, measured: n, successes: good, flaggedShare,
      status: flagStatus(deficient * 2 >= settled, isFlagged),
      flagged: period === 'contract' ? t(lang, 'flaggedOfPeriods', { k: flagged, n: settled }) : isFlagged ? yes : no,
    });
  }
  return points;
}

/** "period 3 (months 7–9)" or "the whole contract (36 months)". */
export function periodLabel(r: CapturedRun, period: PeriodChoice, lang: Lang): string {
  if (period === 'contract') return t(lang, 'wholeContract', { months: r.horizonMonths });
  const first = period * r.periodMonths + 1;
  const last = Math.min(r.horizonMonths, (period + 1) * r.periodMonths);
  return t(lang, 'periodOfContract', { q: period + 1, first, last });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function runFlagDescription(r: CapturedRun, period: PeriodChoice, points: readonly RunPoint[], lang: Lang): string {
  const count = (s: FlagStatus): number => points.filter((p) => p.status === s).length;
  const unshown = countActive(r, period) - points.length;
  const vars = {
    run: r.run + 1, period: periodLabel(r, period, lang), median: formatNumber(points.length ? median(points.map((p) => p.measured)) : 0, lang, 0),
    wrong: count('wronglyFlagged'), right: count('rightlyFlagged'), missed: count('missed'), threshold: formatPercent(FLAGGED_AT, lang, 0),
  };
  return [
    t(lang, 'runFlagDesc', vars),
    t(lang, period === 'contract' ? 'runFlagCountsContract' : 'runFlagCountsPeriod', vars),
    unshown > 0 ? t(lang, 'runFlagUnmeasured', { k: unshown }) : '',
  ].filter(Boolean).join(' ');
}

/** Providers that held their contract in the chosen period (or at any time). */
function countActive(r: CapturedRun, period: PeriodChoice): number {
  let k = 0;
  for (let j = 0; j < r.providers; j++) {
    for (let q = 0; q < r.periods; q++) {
      if ((period === 'contract' || q === period) && r.settled[j * r.periods + q]) { k++; break; }
    }
  }
  return k;
}

export function runFlagFigure(r: CapturedRun, period: PeriodChoice, lang: Lang): FigureModel {
  const points = runPoints(r, period, lang);
  const description = runFlagDescription(r, period, points, lang);
  const labels = statusLabels(lang, period);
  const L = (k: Parameters<typeof t>[1]): string => t(lang, k);
  const title = t(lang, 'runFlagTitle', { run: r.run + 1, period: periodLabel(r, period, lang) });
  const table = makeTable<RunPoint>(title, [
    { header: L('colProvider'), raw: (p) => p.provider, text: (p) => String(p.provider), numeric: true },
    { header: L('colMeasuredClients'), raw: (p) => p.measured, text: (p) => formatNumber(p.measured, lang), numeric: true },
    { header: L('colRecordedGood'), raw: (p) => p.successes, text: (p) => formatNumber(p.successes, lang), numeric: true },
    { header: L('colObservedRate'), raw: (p) => p.observedRate, text: (p) => formatPercent(p.observedRate, lang), numeric: true },
    { header: L('colTrueRate'), raw: (p) => p.trueRate, text: (p) => formatPercent(p.trueRate, lang), numeric: true },
    { header: period === 'contract' ? L('colFlagged') : L('colFlaggedPeriod'), raw: (p) => p.flaggedShare, text: (p) => p.flagged, numeric: period === 'contract' },
    { header: L('colStatus'), raw: (p) => labels[p.status], text: (p) => labels[p.status] },
  ], points);
  return {
    // The id stays the same whatever run or period is shown: element ids and file names follow the title.
    id: 'flags', title, description, table,
    spec: (width, withTitle) => trueVsObserved({
      width, title: withTitle, description, points, statusLabels: labels, xTitle: L('trueAxis'), yTitle: L('observedAxis'), legendTitle: L('colStatus'),
      providerTitle: L('colProvider'), measuredTitle: L('colMeasuredClients'), flaggedTitle: period === 'contract' ? L('colFlagged') : L('colFlaggedPeriod'),
    }),
  };
}
