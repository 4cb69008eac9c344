/**
 * Number formatting for the chosen language. Figures for people (cards, sentences, tables)
 * go through here; CSV files use `plainNumber` (no grouping, no unit) so spreadsheets read them.
 */
import { localeOf, type Lang } from './Lang.js';

const cache = new Map<string, Intl.NumberFormat>();
function fmt(lang: Lang, digits: number, signed = false): Intl.NumberFormat {
  const key = `${lang}|${digits}|${signed}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' });
    cache.set(key, f);
  }
  return f;
}

const DASH = '–';

/** A number with the given decimals; a dash for a missing value. */
export function formatNumber(x: number | null | undefined, lang: Lang, digits = 0, signed = false): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  // −0 after rounding would print as "−0"; show a plain 0.
  const rounded = Number(x.toFixed(digits));
  return fmt(lang, digits, signed).format(rounded === 0 ? 0 : x);
}

/** Enough decimals to show about three significant figures of a small number. */
export function digitsFor(x: number): number {
  const a = Math.abs(x);
  if (a === 0 || a >= 100) return 0;
  if (a >= 10) return 1;
  if (a >= 1) return 2;
  return Math.min(6, 2 - Math.floor(Math.log10(a)));
}

/** Kronor in words a councillor reads: "12,3 miljoner kronor" / "SEK 12.3 million". */
export function formatSek(x: number | null | undefined, lang: Lang, signed = false): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  const a = Math.abs(x);
  // No-break spaces keep a figure and its unit on one line.
  if (a >= 1e9) return lang === 'sv' ? `${formatNumber(x / 1e9, lang, 2, signed)}\u00a0miljarder kronor` : `SEK\u00a0${formatNumber(x / 1e9, lang, 2, signed)}\u00a0billion`;
  if (a >= 1e6) return lang === 'sv' ? `${formatNumber(x / 1e6, lang, a >= 1e8 ? 0 : 1, signed)}\u00a0miljoner kronor` : `SEK\u00a0${formatNumber(x / 1e6, lang, a >= 1e8 ? 0 : 1, signed)}\u00a0million`;
  // Below a million, thousands are precision enough for people (415 029 → 415 000).
  const r = a >= 1e4 ? Math.round(x / 1000) * 1000 : x;
  return lang === 'sv' ? `${formatNumber(r, lang, 0, signed)}\u00a0kronor` : `SEK\u00a0${formatNumber(r, lang, 0, signed)}`;
}

/** Short kronor for tables and axes: "12,3 mnkr" / "SEK 12.3m". */
export function formatSekShort(x: number | null | undefined, lang: Lang, signed = false): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  const a = Math.abs(x);
  if (a >= 1e6) return lang === 'sv' ? `${formatNumber(x / 1e6, lang, a >= 1e8 ? 0 : 1, signed)}\u00a0mnkr` : `SEK\u00a0${formatNumber(x / 1e6, lang, a >= 1e8 ? 0 : 1, signed)}m`;
  if (a >= 1e3) return lang === 'sv' ? `${formatNumber(x / 1e3, lang, 0, signed)}\u00a0tkr` : `SEK\u00a0${formatNumber(x / 1e3, lang, 0, signed)}k`;
  return lang === 'sv' ? `${formatNumber(x, lang, 0, signed)}\u00a0kr` : `SEK\u00a0${formatNumber(x, lang, 0, signed)}`;
}

/** A share (0–1) as a percentage: 0.123 → "12,3 %" / "12.3%". */
export function formatPercent(share: number | null | undefined, lang: Lang, digits = 1, signed = false): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return DASH;
  const n = formatNumber(share * 100, lang, digits, signed);
  return lang === 'sv' ? `${n}\u00a0%` : `${n}%`;
}

/** A difference of shares in percentage points: "+2,1 procentenheter" / "+2.1 percentage points". */
export function formatPoints(diff: number | null | undefined, lang: Lang, digits = 1): string {
  if (diff === null || diff === undefined || !Number.isFinite(diff)) return DASH;
  return `${formatNumber(diff * 100, lang, digits, true)}\u00a0${lang === 'sv' ? 'procentenheter' : 'percentage points'}`;
}

/** Seconds as "12 s" or "2 min 5 s". */
export function formatDuration(seconds: number, lang: Lang): string {
  if (!Number.isFinite(seconds) || seconds < 0) return DASH;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${s % 60} s`;
}

/** A CSV number: no grouping and no unit; decimal comma in Swedish so Swedish Excel reads it. */
export function plainNumber(x: number | null | undefined, lang: Lang): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '';
  const text = String(x);
  return lang === 'sv' ? text.replace('.', ',') : text;
}

/**
 * A number exactly as given, in the language's format (2.5 → "2,5", 4294967295 →
 * "4 294 967 295"): for values quoted back to the user, which must not be rounded.
 */
export function formatExact(x: number, lang: Lang): string {
  const a = Math.abs(x);
  // Very large or small values would print hundreds of digits; keep the exponent form.
  if (!Number.isFinite(x) || a >= 1e21 || (a !== 0 && a < 1e-6)) return lang === 'sv' ? String(x).replace('.', ',') : String(x);
  return exactFormat(lang).format(x);
}

const exact = new Map<Lang, Intl.NumberFormat>();
function exactFormat(lang: Lang): Intl.NumberFormat {
  let f = exact.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 20 });
    exact.set(lang, f);
  }
  return f;
}
