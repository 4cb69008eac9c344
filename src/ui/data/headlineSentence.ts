/**
 * The one-line answer at the top of the results: what the city pays per year compared with
 * today's per diem, the share of providers that would lose money, and how often acceptable
 * providers are wrongly flagged.
 */
import type { SimulationResult } from '../../engine.js';
import { formatPercent, formatSek } from '../../i18n/format.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { direction } from './headlineMetrics.js';
import { describeDifference, describePerYear } from './perYear.js';

export interface HeadlineInput {
  design: SimulationResult;
  designYears: number;
  /** Null when the design is today's rule itself, or while the baseline is still running. */
  baseline: SimulationResult | null;
  baselineYears: number;
  designIsBaseline: boolean;
}

export function headlineSentence(h: HeadlineInput, lang: Lang): string {
  const lossShare = describePerYear(h.design, 'providers.shareWithLoss', h.designYears).mean;
  const loss = formatPercent(lossShare, lang, lossShare !== null && lossShare < 0.1 ? 1 : 0);
  const falseFlags = describePerYear(h.design, 'measurement.falseFlagRate', h.designYears).mean;
  const flag = formatPercent(falseFlags, lang, falseFlags !== null && falseFlags < 0.1 ? 1 : 0);
  const cost = describePerYear(h.design, 'purchaser.totalCost', h.designYears);
  if (h.designIsBaseline) return t(lang, 'headlineToday', { cost: formatSek(cost.mean, lang), loss, flag });
  if (!h.baseline || h.baseline.runs === 0) return t(lang, 'headlinePending', { cost: formatSek(cost.mean, lang), loss, flag });
  const diff = describeDifference(h.design, h.designYears, h.baseline, h.baselineYears, 'purchaser.totalCost');
  const dir = direction(diff);
  const key = dir === 'more' ? 'headlineMore' : dir === 'less' ? 'headlineLess' : dir === 'unknown' ? 'headlineUnknown' : 'headlineSame';
  return t(lang, key, { cost: formatSek(Math.abs(diff.meanDiff ?? 0), lang), loss, flag });
}
