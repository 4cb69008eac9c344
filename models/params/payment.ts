import { choice, flag, num } from '../../src/core/model/ParamSpec.js';

/** Settings every payment rule shares: the period and optional overall cap and floor. */
export const paymentSpecs = {
  period: choice({
    label: { sv: 'Betalningsperiod', en: 'Payment period' },
    explanation: {
      sv: 'Hur ofta resultatet räknas och ersättningen betalas. Kortare perioder ger färre mätta klienter per period och mer brus.',
      en: 'How often results are counted and payment made. Shorter periods mean fewer measured clients per period and more noise.',
    },
    options: [
      { value: 'month', label: { sv: 'Månad', en: 'Month' } },
      { value: 'quarter', label: { sv: 'Kvartal', en: 'Quarter' } },
      { value: 'year', label: { sv: 'År', en: 'Year' } },
    ],
    default: 'quarter',
  }),
  limitsEnabled: flag({
    label: { sv: 'Tak och golv för hela ersättningen', en: 'Cap and floor on the whole payment' },
    explanation: {
      sv: 'Begränsar varje utförares ersättning per period till dygnsersättningen plus högst taket och minus högst golvet.',
      en: "Limits each provider's payment per period to the per diem plus at most the cap and minus at most the floor.",
    },
    default: false,
  }),
  capShare: num({
    label: { sv: 'Tak över dygnsersättningen', en: 'Cap above the per diem' },
    explanation: { sv: 'Högsta tillägg som andel av dygnsersättningen.', en: 'Highest addition as a share of the per diem.' },
    unit: 'share', min: 0, max: 5, default: 0.1,
    estimate: {
      sv: 'Ett designval, inte ett faktum.',
      en: 'A design choice, not a fact.',
    },
    range: [0.05, 0.3],
  }),
  floorShare: num({
    label: { sv: 'Golv under dygnsersättningen', en: 'Floor below the per diem' },
    explanation: { sv: 'Största avdrag som andel av dygnsersättningen.', en: 'Largest deduction as a share of the per diem.' },
    unit: 'share', min: 0, max: 1, default: 0.1,
    estimate: {
      sv: 'Ett designval, inte ett faktum.',
      en: 'A design choice, not a fact.',
    },
    range: [0.05, 0.3],
  }),
} as const;

export const periodMonths = { month: 1, quarter: 3, year: 12 } as const;
