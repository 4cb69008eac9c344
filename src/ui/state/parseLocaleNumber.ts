/**
 * Reads a number as people type it in either language: "1 234,5", "1234.5", "0,25", "−3".
 * Returns null for anything that is not exactly one number (never guesses, never clamps).
 */
export function parseLocaleNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (cleaned === '') return null;
  // One decimal separator at most: a comma is a decimal comma (Swedish), never grouping.
  if ((cleaned.match(/[.,]/g) ?? []).length > 1) return null;
  const normal = cleaned.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normal)) return null;
  const x = Number(normal);
  return Number.isFinite(x) ? x : null;
}
