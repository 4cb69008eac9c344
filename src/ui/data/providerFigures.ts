/**
 * Per-provider results for two figures: the margin histogram (who loses money) and true vs
 * measured performance (who gets flagged, rightly or wrongly).
 */
import type { Description, ProviderSummary } from '../../engine.js';
import type { FlagStatus, ProviderPoint } from '../../charts/trueVsObserved.js';
import type { MarginRow } from '../../charts/marginHistogram.js';
import { formatNumber, formatPercent, formatSekShort } from '../../i18n/format.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { makeTable, type TableData } from './TableData.js';

/** A provider counts as flagged when it was flagged in at least this share of its periods. */
export const FLAGGED_AT = 0.1;

export function flagStatus(p: ProviderSummary): FlagStatus {
  const deficient = (p.deficient ?? 0) >= 0.5;
  const flagged = (p.flaggedShare ?? 0) >= FLAGGED_AT;
  if (deficient) return flagged ? 'rightlyFlagged' : 'missed';
  return flagged ? 'wronglyFlagged' : 'fine';
}

export function providerPoints(providers: readonly ProviderSummary[]): ProviderPoint[] {
  return providers
    .filter((p) => p.trueRate !== null && p.observedRate !== null)
    .map((p) => ({ provider: p.index + 1, trueRate: p.trueRate as number, observedRate: p.observedRate as number, status: flagStatus(p), flaggedShare: p.flaggedShare ?? 0 }));
}

export function statusLabels(lang: Lang): Record<FlagStatus, string> {
  return { fine: t(lang, 'statusFine'), wronglyFlagged: t(lang, 'statusWrong'), rightlyFlagged: t(lang, 'statusRight'), missed: t(lang, 'statusMissed') };
}

export function flagDescription(points: readonly ProviderPoint[], rankCorrelation: number | null, lang: Lang): string {
  const count = (s: FlagStatus): number => points.filter((p) => p.status === s).length;
  return t(lang, 'flagDesc', {
    threshold: formatPercent(FLAGGED_AT, lang, 0), wrong: count('wronglyFlagged'), right: count('rightlyFlagged'), missed: count('missed'),
    rho: formatNumber(rankCorrelation, lang, 2),
  });
}

export function flagTable(points: readonly ProviderPoint[], lang: Lang): TableData {
  const labels = statusLabels(lang);
  return makeTable<ProviderPoint>(t(lang, 'flagTitle'), [
    { header: t(lang, 'colProvider'), raw: (p) => p.provider, text: (p) => String(p.provider), numeric: true },
    { header: t(lang, 'colTrueRate'), raw: (p) => p.trueRate, text: (p) => formatPercent(p.trueRate, lang), numeric: true },
    { header: t(lang, 'colObservedRate'), raw: (p) => p.observedRate, text: (p) => formatPercent(p.observedRate, lang), numeric: true },
    { header: t(lang, 'colFlagged'), raw: (p) => p.flaggedShare, text: (p) => formatPercent(p.flaggedShare, lang), numeric: true },
    { header: t(lang, 'colStatus'), raw: (p) => labels[p.status], text: (p) => labels[p.status] },
  ], points);
}

export function marginRows(providers: readonly ProviderSummary[], lang: Lang): MarginRow[] {
  return providers
    .filter((p) => p.margin !== null)
    .map((p) => ({ provider: p.index + 1, margin: p.margin as number, status: (p.margin as number) < 0 ? t(lang, 'loss') : t(lang, 'profit') }));
}

export function marginDescription(providers: readonly ProviderSummary[], shareWithLoss: Description, lang: Lang): string {
  const withMargin = providers.filter((p) => p.margin !== null);
  return t(lang, 'marginDesc', {
    lossProviders: withMargin.filter((p) => (p.margin as number) < 0).length, n: withMargin.length,
    shareLoss: formatPercent(shareWithLoss.mean, lang), p05: formatPercent(shareWithLoss.p05, lang), p95: formatPercent(shareWithLoss.p95, lang),
  });
}

export function marginTable(providers: readonly ProviderSummary[], lang: Lang): TableData {
  return makeTable<ProviderSummary>(t(lang, 'marginTitle'), [
    { header: t(lang, 'colProvider'), raw: (p) => p.index + 1, text: (p) => String(p.index + 1), numeric: true },
    { header: t(lang, 'colRevenue'), raw: (p) => p.revenuePerYear, text: (p) => formatSekShort(p.revenuePerYear, lang), numeric: true },
    { header: t(lang, 'colMargin'), raw: (p) => p.margin, text: (p) => formatPercent(p.margin, lang), numeric: true },
  ], providers);
}
