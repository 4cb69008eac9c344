/** Units of parameters and metrics in words. */
import type { Lang } from './Lang.js';

const UNITS: Record<string, { sv: string; en: string }> = {
  SEK: { sv: 'kronor', en: 'SEK' },
  'SEK/day': { sv: 'kronor per dygn', en: 'SEK per day' },
  'SEK/month': { sv: 'kronor per månad', en: 'SEK per month' },
  'SEK/hour': { sv: 'kronor per timme', en: 'SEK per hour' },
  'SEK/year': { sv: 'kronor per år', en: 'SEK per year' },
  share: { sv: 'andel (0–1)', en: 'share (0–1)' },
  probability: { sv: 'sannolikhet (0–1)', en: 'probability (0–1)' },
  months: { sv: 'månader', en: 'months' },
  minutes: { sv: 'minuter', en: 'minutes' },
  hours: { sv: 'timmar', en: 'hours' },
  'hours/month': { sv: 'timmar per månad', en: 'hours per month' },
  'minutes/month': { sv: 'minuter per månad', en: 'minutes per month' },
  count: { sv: 'antal', en: 'count' },
  'per month': { sv: 'per månad', en: 'per month' },
  'per year': { sv: 'per år', en: 'per year' },
  'log-odds': { sv: 'logodds', en: 'log-odds' },
  sd: { sv: 'standardavvikelser', en: 'standard deviations' },
  z: { sv: 'standardfel (z)', en: 'standard errors (z)' },
};

export function unitLabel(unit: string, lang: Lang): string {
  return UNITS[unit]?.[lang] ?? unit;
}
