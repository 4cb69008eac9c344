import { num } from '../../src/core/model/ParamSpec.js';
import { SOURCES } from '../sources.js';

/** The follow-up regime: the social worker's time it costs and the care time it takes. */
export const followUpSpecs = {
  perClientYear: num({
    label: { sv: 'Uppföljningar per klient och år', en: 'Follow-ups per client and year' },
    explanation: {
      sv: 'Hur många individuella uppföljningar socialsekreteraren gör per placerad klient och år.',
      en: 'How many individual follow-ups the social worker makes per placed client and year.',
    },
    unit: 'per year', min: 0, max: 24, default: 2,
    estimate: {
      sv: 'Uppskattning: en placering följs upp minst två gånger per år; stadens förslag anger ingen frekvens.',
      en: "Estimate: a placement is followed up at least twice a year; the city's proposal gives no frequency.",
    },
    range: [1, 6],
  }),
  extraMinutes: num({
    label: { sv: 'Extra minuter per uppföljning', en: 'Extra minutes per follow-up' },
    explanation: {
      sv: 'Den tid som mätningen lägger till varje uppföljning (stadens uppskattning för de fem frågorna är cirka 30 minuter).',
      en: 'The time the measurement adds to each follow-up (the city estimates about 30 minutes for the five questions).',
    },
    unit: 'minutes', min: 0, max: 240, default: 0,
    source: `${SOURCES.followUpModel}, avsnittet ”Socialsekreteraren”: frågorna beräknas ta ”cirka 30 minuter extra”; standardvärdet 0 är dagens uppföljning utan frågorna`,
    range: [0, 60],
  }),
  shareFromCare: num({
    label: { sv: 'Andel av uppföljningstiden som tas från vården', en: 'Share of follow-up time taken from care' },
    explanation: {
      sv: 'Hur stor del av uppföljningens extra tid som tas från klientens behandlingstid hos utföraren.',
      en: "How much of the follow-up's extra time is taken from the client's treatment time at the provider.",
    },
    unit: 'share', min: 0, max: 1, default: 0,
    source: `${SOURCES.followUpModel}, avsnittet ”Socialsekreteraren”: de 30 minuterna är socialsekreterarens tid, så standardvärdet tar ingen vårdtid; att ta vårdtid är ett uttalat antagande`,
    range: [0, 1],
  }),
  providerReportingMinutes: num({
    label: { sv: 'Utförarens rapporteringsminuter per klientmånad', en: "Provider's reporting minutes per client-month" },
    explanation: {
      sv: 'Tid som utföraren lägger på att rapportera måttet, tagen från vårdtiden.',
      en: 'Time the provider spends reporting the measure, taken from care time.',
    },
    unit: 'minutes/month', min: 0, max: 600, default: 0,
    estimate: {
      sv: 'Noll när socialtjänsten själv registrerar måttet, som i stadens förslag; höj när utföraren rapporterar.',
      en: "Zero when social services record the measure themselves, as in the city's proposal; raise it when the provider reports.",
    },
    range: [0, 30],
  }),
  hourlyCost: num({
    label: { sv: 'Socialsekreterarens timkostnad', en: "Social worker's hourly cost" },
    explanation: {
      sv: 'Kostnad per arbetad timme inklusive arbetsgivaravgifter och overhead.',
      en: 'Cost per working hour including employer contributions and overhead.',
    },
    unit: 'SEK/hour', min: 0, max: 5000, default: 435,
    estimate: {
      sv: 'Uppskattning: månadslön omkring 40 000 kr × 1,45 för arbetsgivaravgifter, pension och overhead × 12 ÷ 1 600 arbetade timmar ≈ 435 kr.',
      en: 'Estimate: a monthly salary of about 40,000 SEK × 1.45 for employer contributions, pension and overhead × 12 ÷ 1,600 working hours ≈ 435 SEK.',
    },
    range: [350, 600],
  }),
} as const;
