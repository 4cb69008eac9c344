/**
 * Figures for people reading the table in a terminal (English): kronor and hours rounded
 * with thousands grouping, shares as percent (differences of shares as percentage points),
 * counts with one decimal, correlations and ratios with three. `n/a` where a value could
 * not be measured. Written out by hand rather than with Intl so output is the same on every
 * Node build.
 */
import type { MetricDefinition } from '../engine.js';

type Unit = MetricDefinition['unit'];

const NOT_AVAILABLE = 'n/a';

export function displayUnit(unit: Unit, difference = false): string {
  if (unit === 'share') return difference ? 'pp' : '%';
  return unit;
}

/** Decimals shown and the factor applied, per unit. */
function style(unit: Unit): { digits: number; scale: number } {
  switch (unit) {
    case 'SEK': case 'hours': return { digits: 0, scale: 1 };
    case 'share': return { digits: 2, scale: 100 };
    case 'count': return { digits: 1, scale: 1 };
    case 'correlation': case 'ratio': case 'rate': case 'effort': return { digits: 3, scale: 1 };
  }
}

export function displayValue(x: number | null, unit: Unit, signed = false): string {
  if (x === null || !Number.isFinite(x)) return NOT_AVAILABLE;
  const { digits, scale } = style(unit);
  return grouped(x * scale, digits, signed);
}

/** `1234567.891` → `1,234,567.9` (digits = 1); a minus sign, or a plus sign when `signed`. */
export function grouped(x: number, digits: number, signed = false): string {
  const fixed = Math.abs(x).toFixed(digits);
  const zero = Number(fixed) === 0;
  const [whole, fraction] = fixed.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = zero ? '' : x < 0 ? '-' : signed ? '+' : '';
  return sign + withCommas + (fraction !== undefined ? '.' + fraction : '');
}
