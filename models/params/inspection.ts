import { count, flag, num } from '../../src/core/model/ParamSpec.js';
import { SOURCES } from '../sources.js';

/** Deeper follow-up of flagged providers by the city's inspectors (the city's proposed follow-up model, models/sources.ts). */
export const inspectionSpecs = {
  enabled: flag({
    label: { sv: 'Fördjupad uppföljning', en: 'Deeper follow-up' },
    explanation: {
      sv: 'Flaggade utförare granskas av inspektörer, de mest avvikande först, så långt kapaciteten räcker.',
      en: 'Flagged providers are examined by inspectors, the most deviating first, as far as capacity allows.',
    },
    default: false,
  }),
  auditsPerYear: num({
    label: { sv: 'Fördjupade uppföljningar per år', en: 'Deeper follow-ups per year' },
    explanation: {
      sv: 'Hur många fördjupade uppföljningar inspektörerna hinner per år för dessa avtal (staden har fyra inspektörer för cirka 750 avtal).',
      en: 'How many deeper follow-ups the inspectors can make per year for these contracts (the city has four inspectors for about 750 contracts).',
    },
    unit: 'per year', min: 0, max: 1000, default: 4,
    source: `${SOURCES.followUpModel}: fyra inspektörer för stadens cirka 750 avtal`,
    estimate: {
      sv: 'Omräknat: 4 inspektörer × cirka 1 600 timmar, hälften till fördjupade uppföljningar, ÷ 40 timmar ≈ 80 per år för 750 avtal, cirka 4 för 40 avtal.',
      en: 'Scaled: 4 inspectors × about 1,600 hours, half of them for deeper follow-ups, ÷ 40 hours ≈ 80 a year for 750 contracts, about 4 for 40 contracts.',
    },
    range: [2, 10],
  }),
  hoursPerAudit: num({
    label: { sv: 'Timmar per fördjupad uppföljning', en: 'Hours per deeper follow-up' },
    explanation: { sv: 'Inspektörens arbetstid för en fördjupad uppföljning.', en: "The inspector's working time for one deeper follow-up." },
    unit: 'hours', min: 0, max: 2000, default: 40,
    estimate: {
      sv: 'Uppskattning: ungefär en arbetsvecka (besök, journalgranskning, rapport).',
      en: 'Estimate: about a working week (visit, record review, report).',
    },
    range: [16, 80],
  }),
  sensitivity: num({
    label: { sv: 'Granskningens träffsäkerhet', en: 'Audit sensitivity' },
    explanation: {
      sv: 'Sannolikheten att granskningen bekräftar en avvikelse hos en verkligt bristande utförare.',
      en: 'The probability that the audit confirms a deviation at a truly deficient provider.',
    },
    unit: 'probability', min: 0, max: 1, default: 0.8,
    estimate: {
      sv: 'Uppskattning: en granskning på plats hittar de flesta men inte alla allvarliga brister.',
      en: 'Estimate: an on-site review finds most but not all serious deficiencies.',
    },
    range: [0.5, 0.95],
  }),
  specificity: num({
    label: { sv: 'Granskningens specificitet', en: 'Audit specificity' },
    explanation: {
      sv: 'Sannolikheten att granskningen friar en godtagbar utförare.',
      en: 'The probability that the audit clears an acceptable provider.',
    },
    unit: 'probability', min: 0, max: 1, default: 0.95,
    estimate: {
      sv: 'Uppskattning: en granskning friar nästan alltid en godtagbar utförare.',
      en: 'Estimate: a review nearly always clears an acceptable provider.',
    },
    range: [0.85, 0.99],
  }),
  sanctionShare: num({
    label: { sv: 'Sanktion vid bekräftad avvikelse', en: 'Sanction on a confirmed deviation' },
    explanation: {
      sv: 'Avdrag som andel av periodens grundersättning när en allvarlig avvikelse bekräftas.',
      en: "Deduction as a share of the period's base payment when a serious deviation is confirmed.",
    },
    unit: 'share', min: 0, max: 1, default: 0.1,
    estimate: {
      sv: 'Ett designval, inte ett faktum: en tiondel av periodens grundersättning.',
      en: "A design choice, not a fact: a tenth of the period's base payment.",
    },
    range: [0, 0.3],
  }),
  terminateOnConfirmed: flag({
    label: { sv: 'Häv avtalet vid bekräftad avvikelse', en: 'End the contract on a confirmed deviation' },
    explanation: {
      sv: 'Utföraren lämnar, dess klienter flyttas till reservutföraren och nya remisser går till övriga.',
      en: 'The provider leaves, its clients move to the fallback provider and new referrals go to the others.',
    },
    default: false,
  }),
  procurementDelayMonths: count({
    label: { sv: 'Tid till ny utförare efter hävt avtal', en: 'Time to a new provider after an ended contract' },
    explanation: {
      sv: 'Månader från att ett avtal hävs till att en ny utförare, dragen ur samma marknad, tar över platserna. Under tiden tar övriga utförare och reservutföraren remisserna. Längre än avtalstiden: ingen ersättare.',
      en: "Months from a contract's end until a new provider, drawn from the same market, takes over its places. Meanwhile the other providers and the fallback take the referrals. Longer than the horizon: no replacement.",
    },
    unit: 'months', min: 0, max: 120, default: 6,
    estimate: {
      sv: 'Uppskattning: en upphandling enligt LOU (annonsering minst 30 dagar, utvärdering, tio dagars avtalsspärr, uppstart) tar ungefär ett halvår.',
      en: 'Estimate: a procurement under the Public Procurement Act (LOU: at least 30 days of advertising, evaluation, a ten-day standstill, start-up) takes about half a year.',
    },
    range: [3, 12],
  }),
  advantageShare: num({
    label: { sv: 'Konkurrensfördel vid tydligt positiv avvikelse', en: 'Competitive advantage on a clear positive deviation' },
    explanation: {
      sv: 'Hur mycket större andel av remisserna en tydligt positiv utförare får nästa period (0,2 = 20 % fler).',
      en: 'How much larger a share of referrals a clearly positive provider gets next period (0.2 = 20 % more).',
    },
    unit: 'share', min: 0, max: 5, default: 0,
    source: `${SOURCES.followUpModel}: konkurrensfördelar vid tydlig positiv avvikelse nämns, utan storlek`,
    estimate: {
      sv: 'Ett designval, inte ett faktum: av som standard, eftersom förslaget inte anger någon storlek.',
      en: 'A design choice, not a fact: off by default, since the proposal gives no size.',
    },
    range: [0, 0.5],
  }),
} as const;
