/**
 * Rows for the dot-and-interval figures: outcomes by group, measurement quality and care
 * hours, each with its sentence and table.
 */
import type { Description, MetricId, Summary, SimulationResult } from '../../engine.js';
import type { IntervalRow } from '../../charts/intervalDots.js';
import type { CareHoursRow } from '../../charts/careHours.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import type { Lang } from '../../i18n/Lang.js';
import { t, type TextKey } from '../../i18n/t.js';
import { definition, describePerYear } from './perYear.js';
import { makeTable, type TableData } from './TableData.js';

const row = (label: string, d: Description, group?: string): IntervalRow => ({ label, mean: d.mean ?? Number.NaN, p05: d.p05 ?? Number.NaN, p95: d.p95 ?? Number.NaN, ...(group ? { group } : {}) });

export function groupRows(s: Summary, lang: Lang): IntervalRow[] {
  const m = s.metrics;
  const g = (k: TextKey): string => t(lang, k);
  return [
    row(g('groupAll'), m['outcomes.trueRate'], g('groupKindAll')),
    row(g('groupFemale'), m['outcomes.trueRateFemale'], g('groupKindSex')),
    row(g('groupMale'), m['outcomes.trueRateMale'], g('groupKindSex')),
    row(g('groupLowNeed'), m['outcomes.trueRateLowNeed'], g('groupKindNeed')),
    row(g('groupHighNeed'), m['outcomes.trueRateHighNeed'], g('groupKindNeed')),
    row(g('groupObserved'), m['outcomes.observedRate'], g('groupKindMeasure')),
  ];
}

export function groupDescription(s: Summary, lang: Lang): string {
  const p = (id: MetricId): string => formatPercent(s.metrics[id].mean, lang);
  return t(lang, 'groupsDesc', {
    all: p('outcomes.trueRate'), female: p('outcomes.trueRateFemale'), male: p('outcomes.trueRateMale'),
    low: p('outcomes.trueRateLowNeed'), high: p('outcomes.trueRateHighNeed'), observed: p('outcomes.observedRate'),
  });
}

export function measurementRows(s: Summary, lang: Lang): IntervalRow[] {
  const m = s.metrics;
  const label = (id: MetricId): string => METRIC_LABEL(id, lang);
  return (['measurement.reliability', 'measurement.rankCorrelation', 'measurement.falseFlagRate', 'measurement.missRate', 'measurement.flagPrecision', 'measurement.gamingInflation'] as const).map((id) => row(label(id), m[id]));
}

const METRIC_LABEL = (id: MetricId, lang: Lang): string => definition(id).label[lang];

export function reliabilityWords(rel: number | null, lang: Lang): string {
  if (rel === null) return '–';
  return t(lang, rel < 0.4 ? 'relLow' : rel < 0.7 ? 'relMid' : 'relHigh');
}

export function measurementDescription(s: Summary, lang: Lang): string {
  const m = s.metrics;
  const rel = m['measurement.reliability'].mean;
  return t(lang, 'measureDesc', {
    rel: formatNumber(rel, lang, 2), relWords: reliabilityWords(rel, lang), rho: formatNumber(m['measurement.rankCorrelation'].mean, lang, 2),
    ff: formatPercent(m['measurement.falseFlagRate'].mean, lang, 2), miss: formatPercent(m['measurement.missRate'].mean, lang),
  });
}

export function careRows(result: SimulationResult, years: number, lang: Lang): CareHoursRow[] {
  const care = describePerYear(result, 'care.hoursDelivered', years);
  const admin = describePerYear(result, 'care.hoursToAdmin', years);
  return [
    { label: t(lang, 'careRow'), kind: 'care', mean: care.mean ?? 0, p05: care.p05 ?? 0, p95: care.p95 ?? 0 },
    { label: t(lang, 'adminRow'), kind: 'admin', mean: admin.mean ?? 0, p05: admin.p05 ?? 0, p95: admin.p95 ?? 0 },
  ];
}

export function careDescription(result: SimulationResult, years: number, lang: Lang): string {
  const care = describePerYear(result, 'care.hoursDelivered', years).mean ?? 0;
  const admin = describePerYear(result, 'care.hoursToAdmin', years).mean ?? 0;
  const lost = describePerYear(result, 'care.outcomesLostToAdmin', years).mean;
  return t(lang, 'careDesc', {
    care: formatNumber(care, lang), admin: formatNumber(admin, lang), share: formatPercent(care + admin > 0 ? admin / (care + admin) : 0, lang),
    lost: formatNumber(lost, lang, 1),
  });
}

/** The table for an interval figure: label, mean, p05, p95 in the figure's own format. */
export function intervalTable(caption: string, labelHeader: string, rows: readonly IntervalRow[], format: (x: number) => string, lang: Lang): TableData {
  return makeTable<IntervalRow>(caption, [
    { header: labelHeader, raw: (r) => r.label, text: (r) => r.label },
    { header: t(lang, 'colMean'), raw: (r) => r.mean, text: (r) => format(r.mean), numeric: true },
    { header: t(lang, 'colP05'), raw: (r) => r.p05, text: (r) => format(r.p05), numeric: true },
    { header: t(lang, 'colP95'), raw: (r) => r.p95, text: (r) => format(r.p95), numeric: true },
  ], rows);
}
