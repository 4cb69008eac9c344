/**
 * CSV that opens in Swedish Excel: `;` between fields, plain numbers (no grouping, no units;
 * decimal comma in Swedish, point in English), text quoted only when it must be. The download
 * adds a byte-order mark so Excel reads å, ä and ö as UTF-8.
 */
import type { Lang } from '../i18n/Lang.js';

export type Cell = string | number | null | undefined;

export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

export function csvNumber(x: number | null | undefined, lang: Lang): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '';
  // Fifteen significant digits: as exact as a double's decimal promise, without binary noise
  // such as 2.8425000000000002 (sums and differences of decimals).
  x = Number(x.toPrecision(15));
  // Avoid exponent notation (1e-7), which spreadsheets read inconsistently.
  let text = Math.abs(x) !== 0 && (Math.abs(x) < 1e-6 || Math.abs(x) >= 1e21) ? x.toFixed(12).replace(/0+$/, '').replace(/\.$/, '') : String(x);
  if (text === '-0') text = '0';
  return lang === 'sv' ? text.replace('.', ',') : text;
}

function csvText(text: string): string {
  // Quote when needed; a leading = + - @ would be read as a formula, so prefix an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>, lang: Lang): string {
  const line = (cells: readonly Cell[]): string => cells.map((c) => (typeof c === 'number' ? csvNumber(c, lang) : c === null || c === undefined ? '' : csvText(c))).join(CSV_SEPARATOR);
  return [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
