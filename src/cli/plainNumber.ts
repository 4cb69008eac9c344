/**
 * A number as spreadsheets read it: `.` decimal, no grouping, never exponent notation
 * (`1e-7` is text to many spreadsheets), full precision; empty for a missing value.
 */
export function plainNumber(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '';
  if (x === 0) return '0';
  const s = String(x);
  if (!/e/i.test(s)) return s;
  const [mantissa, exp] = s.split(/e/i);
  const e = Number(exp);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const point = mantissa.replace('-', '').indexOf('.');
  const intDigits = (point < 0 ? digits.length : point) + e;
  const body = intDigits <= 0 ? '0.' + '0'.repeat(-intDigits) + digits : intDigits >= digits.length ? digits + '0'.repeat(intDigits - digits.length) : digits.slice(0, intDigits) + '.' + digits.slice(intDigits);
  return (negative ? '-' : '') + body;
}
