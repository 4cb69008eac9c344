import { num } from '../../src/core/model/ParamSpec.js';

/** The follow-up regime: the social worker's time it costs and the care time it takes. */
export const followUpSpecs = {
  perClientYear: num({
    label: { sv: 'Uppföljningar per klient och år', en: 'Follow-ups per client and year' },
    explanation: {
      sv: 'Hur många individuella uppföljningar socialsekreteraren gör per placerad klient och år.',
      en: 'How many individual follow-ups the social worker makes per placed client and year.',
    },
    unit: 'per year', min: 0, max: 24, default: 2, estimate: true,
    source: 'estimate: follow-up of a placement at least twice a year',
  }),
  extraMinutes: num({
    label: { sv: 'Extra minuter per uppföljning', en: 'Extra minutes per follow-up' },
    explanation: {
      sv: 'Den tid som mätningen lägger till varje uppföljning (stadens uppskattning för de fem frågorna är cirka 30 minuter).',
      en: 'The time the measurement adds to each follow-up (the city estimates about 30 minutes for the five questions).',
    },
    unit: 'minutes', min: 0, max: 240, default: 0,
    source: 'Stockholm follow-up model proposal (seed 004): "cirka 30 minuter extra", to be refined by the pilot',
  }),
  shareFromCare: num({
    label: { sv: 'Andel av uppföljningstiden som tas från vården', en: 'Share of follow-up time taken from care' },
    explanation: {
      sv: 'Hur stor del av uppföljningens extra tid som tas från klientens behandlingstid hos utföraren.',
      en: "How much of the follow-up's extra time is taken from the client's treatment time at the provider.",
    },
    unit: 'share', min: 0, max: 1, default: 0,
  }),
  providerReportingMinutes: num({
    label: { sv: 'Utförarens rapporteringsminuter per klientmånad', en: "Provider's reporting minutes per client-month" },
    explanation: {
      sv: 'Tid som utföraren lägger på att rapportera måttet, tagen från vårdtiden.',
      en: 'Time the provider spends reporting the measure, taken from care time.',
    },
    unit: 'minutes/month', min: 0, max: 600, default: 0, estimate: true,
  }),
  hourlyCost: num({
    label: { sv: 'Socialsekreterarens timkostnad', en: "Social worker's hourly cost" },
    explanation: {
      sv: 'Kostnad per arbetad timme inklusive arbetsgivaravgifter och overhead.',
      en: 'Cost per working hour including employer contributions and overhead.',
    },
    unit: 'SEK/hour', min: 0, max: 5000, default: 435, estimate: true,
    source: 'estimate from public-sector salary statistics plus employer contributions (DEFAULTS.md)',
  }),
} as const;
