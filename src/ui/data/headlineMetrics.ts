/**
 * The six figures a councillor asks about, in the order of the comparison cards: cost, true
 * outcomes, attributable outcomes, providers at a loss, wrongly flagged providers and care
 * hours lost to administration. Each is a metric id; totals are read per year.
 */
import type { Difference, MetricId } from '../../engine.js';
import { formatNumber, formatPercent, formatPoints, formatSek, formatSekShort } from '../../i18n/format.js';
import type { Lang } from '../../i18n/Lang.js';
import { t, type TextKey } from '../../i18n/t.js';

export type HeadlineKey = 'cost' | 'trueRate' | 'unmeasured' | 'attributable' | 'loss' | 'wrongFlag' | 'adminHours';

export interface HeadlineMetric {
  key: HeadlineKey;
  metric: MetricId;
}

export const HEADLINE_METRICS: readonly HeadlineMetric[] = [
  { key: 'cost', metric: 'purchaser.totalCost' },
  { key: 'trueRate', metric: 'outcomes.trueRate' },
  { key: 'attributable', metric: 'outcomes.attributable' },
  { key: 'loss', metric: 'providers.shareWithLoss' },
  { key: 'wrongFlag', metric: 'measurement.falseFlagRate' },
  { key: 'adminHours', metric: 'care.hoursToAdmin' },
];

/** What the measure does not see: shown beside the true outcomes when a behaviour moves it. */
export const UNMEASURED_METRIC: HeadlineMetric = { key: 'unmeasured', metric: 'outcomes.unmeasuredRate' };

/** 'unknown': the difference cannot be computed (no run measurable on both sides, or a total that overflowed); never "the same". */
export type Direction = 'more' | 'less' | 'same' | 'unknown';

/** "Same" unless the core's verdict is clear (interval excludes zero and the difference matters); "unknown" when there is no mean difference. */
export function direction(d: Difference): Direction {
  if (d.meanDiff === null) return 'unknown';
  if (d.verdict === 'unclear') return 'same';
  return d.meanDiff > 0 ? 'more' : 'less';
}

/** Good news, bad news, no clear difference, or a difference that cannot be computed, for the card's marker: the core's verdict. */
export function verdict(d: Difference): 'better' | 'worse' | 'same' | 'unknown' {
  if (d.meanDiff === null) return 'unknown';
  return d.verdict === 'better' ? 'better' : d.verdict === 'worse' ? 'worse' : 'same';
}

/** A difference as a short figure: "+12,3 mnkr", "+1,2 procentenheter". */
export function formatDifference(key: HeadlineKey, x: number | null, lang: Lang): string {
  if (x === null) return '–';
  switch (key) {
    case 'cost':
      return formatSekShort(x, lang, true);
    case 'trueRate':
    case 'unmeasured':
    case 'loss':
    case 'wrongFlag':
      return formatPoints(x, lang, Math.abs(x) < 0.001 && x !== 0 ? 2 : 1);
    case 'attributable':
      return formatNumber(x, lang, 1, true);
    case 'adminHours':
      return formatNumber(x, lang, 0, true);
  }
}

/** The size of a difference in words, without sign (the sentence carries the direction). */
function magnitude(key: HeadlineKey, x: number, lang: Lang): string {
  const a = Math.abs(x);
  switch (key) {
    case 'cost':
      return formatSek(a, lang);
    case 'trueRate':
    case 'unmeasured':
    case 'loss':
    case 'wrongFlag':
      return formatPoints(a, lang, a < 0.001 ? 2 : 1).replace(/^\+/, '');
    case 'attributable':
      return formatNumber(a, lang, 1);
    case 'adminHours':
      return formatNumber(a, lang, 0);
  }
}

/** One plain sentence about a difference, e.g. "The city pays SEK 12.3 million more per year than under X." */
export function differenceSentence(key: HeadlineKey, d: Difference, lang: Lang, baseline: string): string {
  const dir = direction(d);
  if (dir === 'unknown') return t(lang, 'diffUnknown', { base: baseline });
  const textKey = `diff_${key}_${dir}` as const;
  return t(lang, textKey, { v: d.meanDiff === null ? '–' : magnitude(key, d.meanDiff, lang), base: baseline });
}

/** "90 % of runs: +8.1 to +16.0 mnkr": the range's ends as bare numbers, the unit once. */
export function intervalText(key: HeadlineKey, d: Difference, lang: Lang): string {
  const bare = (x: number | null): string => {
    if (x === null) return '–';
    switch (key) {
      case 'cost':
        return formatNumber(x / 1e6, lang, 1, true);
      case 'trueRate':
      case 'unmeasured':
      case 'loss':
      case 'wrongFlag':
        return formatNumber(x * 100, lang, Math.abs(x) < 0.001 && x !== 0 ? 2 : 1, true);
      case 'attributable':
        return formatNumber(x, lang, 1, true);
      case 'adminHours':
        return formatNumber(x, lang, 0, true);
    }
  };
  const units: Record<HeadlineKey, TextKey | null> = { cost: 'unitMnkrYear', trueRate: 'unitPoints', unmeasured: 'unitPoints', attributable: null, loss: 'unitPoints', wrongFlag: 'unitPoints', adminHours: 'unitHoursYear' };
  const unit = units[key];
  return t(lang, 'interval90', { lo: bare(d.p05), hi: bare(d.p95), unit: unit ? ` ${t(lang, unit)}` : '' });
}

/**
 * The baseline's and the design's levels on the difference's basis (flows per year), e.g.
 * "512 → 563 mnkr per år", so a difference is read against what it is a difference of.
 */
export function formatLevels(key: HeadlineKey, d: Difference, lang: Lang): string {
  if (d.baseline === null && d.design === null) return '';
  const level = (x: number | null): string => {
    if (x === null) return '–';
    switch (key) {
      case 'cost':
        // One decimal like the difference beside it, so two levels never look equal while the difference is not zero.
        return formatNumber(x / 1e6, lang, Math.abs(x) >= 1e9 ? 0 : 1);
      case 'trueRate':
      case 'unmeasured':
      case 'loss':
      case 'wrongFlag':
        // As many decimals as the difference beside it.
        return formatPercent(x, lang, d.meanDiff !== null && Math.abs(d.meanDiff) < 0.001 && d.meanDiff !== 0 ? 2 : 1);
      case 'attributable':
        return formatNumber(x, lang, 1);
      case 'adminHours':
        return formatNumber(x, lang, 0);
    }
  };
  const units: Record<HeadlineKey, TextKey | null> = { cost: 'levelMnkrYear', trueRate: null, unmeasured: null, attributable: 'levelPerYear', loss: null, wrongFlag: null, adminHours: 'levelHoursYear' };
  const unit = units[key];
  return `${level(d.baseline)} → ${level(d.design)}${unit ? ` ${t(lang, unit)}` : ''}`;
}
