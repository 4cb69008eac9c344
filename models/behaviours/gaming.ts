import { flag, num } from '../../src/core/model/ParamSpec.js';

/**
 * Gaming: where the provider reports the measure itself, it reports a share of its
 * period's failures as successes. The share grows with what one more reported success pays,
 * net of the expected sanction (audit share × detection × sanction), and is capped. Audits are
 * the municipality's: a sample share of provider-reported records, each costing inspector time.
 */
export const gamingSpecs = {
  enabled: flag({
    label: { sv: 'Utförarna överrapporterar', en: 'Providers over-report' },
    explanation: {
      sv: 'När utföraren själv rapporterar måttet rapporterar den en del av misslyckandena som lyckade, mer ju mer ett lyckat utfall betalar. Gäller bara mått som utföraren rapporterar.',
      en: 'When the provider reports the measure itself it reports some failures as successes, more the more a success pays. Applies only to measures the provider reports.',
    },
    default: false,
  }),
  strength: num({
    label: { sv: 'Benägenhet att överrapportera', en: 'Propensity to over-report' },
    explanation: {
      sv: 'Andel av misslyckandena som rapporteras som lyckade per 100 000 kr som en falsk rapport i förväntan ger utföraren (efter förväntad sanktion).',
      en: 'Share of failures reported as successes per 100,000 SEK that a false report is expected to bring the provider (after the expected sanction).',
    },
    unit: 'share', min: 0, max: 10, default: 0.2,
    estimate: {
      sv: 'Uppskattning; ingen svensk studie anger hur mycket utförare överrapporterar.',
      en: 'Estimate; no Swedish study gives how much providers over-report.',
    },
    range: [0.05, 0.5],
  }),
  maxShare: num({
    label: { sv: 'Största andel överrapporterade', en: 'Largest share over-reported' },
    explanation: {
      sv: 'Högst så stor andel av misslyckandena rapporteras som lyckade, hur mycket det än lönar sig.',
      en: 'At most this share of failures is reported as successes, however much it pays.',
    },
    unit: 'share', min: 0, max: 1, default: 0.5,
    estimate: {
      sv: 'Uppskattning: högst hälften av misslyckandena kan rapporteras som lyckade utan att det syns.',
      en: 'Estimate: at most half of the failures can be reported as successes without it showing.',
    },
    range: [0.2, 0.8],
  }),
  auditShare: num({
    label: { sv: 'Andel granskade rapporter', en: 'Share of reports audited' },
    explanation: {
      sv: 'Andel av de rapporter som utföraren själv lämnar som kommunen granskar mot journal eller klient. Gäller även när utförarna inte överrapporterar.',
      en: 'Share of the reports the provider files itself that the municipality checks against records or the client. Applies whether or not providers over-report.',
    },
    unit: 'share', min: 0, max: 1, default: 0,
    estimate: {
      sv: 'Ett designval, inte ett faktum: ingen granskning som standard.',
      en: 'A design choice, not a fact: no audits by default.',
    },
    range: [0, 0.2],
  }),
  detection: num({
    label: { sv: 'Granskningens upptäcktssannolikhet', en: 'Audit detection probability' },
    explanation: {
      sv: 'Sannolikheten att en granskning av en felaktig rapport upptäcker felet.',
      en: 'The probability that an audit of a false report finds the error.',
    },
    unit: 'probability', min: 0, max: 1, default: 0.8,
    estimate: {
      sv: 'Uppskattning: en granskning mot journal eller klient hittar de flesta felaktiga rapporter.',
      en: 'Estimate: a check against records or the client finds most false reports.',
    },
    range: [0.5, 0.95],
  }),
  sanctionPerReport: num({
    label: { sv: 'Sanktion per upptäckt felrapport', en: 'Sanction per false report found' },
    explanation: {
      sv: 'Avdrag från utförarens ersättning för varje felaktig rapport som granskningen upptäcker.',
      en: "Deduction from the provider's payment for each false report the audit finds.",
    },
    unit: 'SEK', min: 0, max: 10000000, default: 50000,
    estimate: {
      sv: 'Ett designval, inte ett faktum.',
      en: 'A design choice, not a fact.',
    },
    range: [0, 200_000],
  }),
  minutesPerAudit: num({
    label: { sv: 'Minuter per granskad rapport', en: 'Minutes per audited report' },
    explanation: {
      sv: 'Handläggartid för att granska en rapport; kostar socialsekreterarens timkostnad.',
      en: "Officer time to audit one report, at the social worker's hourly cost.",
    },
    unit: 'minutes', min: 0, max: 2400, default: 60,
    estimate: {
      sv: 'Uppskattning: en timme för att jämföra en rapport med journal eller klient.',
      en: 'Estimate: an hour to compare a report with the records or the client.',
    },
    range: [30, 120],
  }),
} as const;
