/**
 * Per-provider results averaged over runs for the margin histogram (who loses money). The
 * flagging figure shows one run instead (runFlagFigure).
 */
import type { Description, ProviderSummary } from '../../engine.js';
import type { MarginRow } from '../../charts/marginHistogram.js';
import { formatNumber, formatPercent, formatSekShort } from '../../i18n/format.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { makeTable, type TableData } from './TableData.js';

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
