import { choice, count, num } from '../../src/core/model/ParamSpec.js';
import { SOURCES } from '../sources.js';
import type { InvestorTerms, PaymentRule } from '../../src/core/model/PaymentRule.js';

const params = {
  pricePerOutcome: num({
    label: { sv: 'Pris per utfall över jämförelsenivån', en: 'Price per outcome above the baseline' },
    explanation: {
      sv: 'Vad utfallsbetalaren (kommunen) betalar investeraren för varje observerat gott utfall utöver jämförelsenivån.',
      en: 'What the outcome payer (the municipality) pays the investor for each observed good outcome above the comparison baseline.',
    },
    unit: 'SEK', min: 0, max: 100000000, default: 1000000,
    estimate: {
      sv: 'Ett designval, inte ett faktum: i storleksordningen av en placerings kostnad under ett halvår.',
      en: "A design choice, not a fact: of the order of half a year's placement cost.",
    },
    range: [500_000, 2_000_000],
  }),
  baseline: choice({
    label: { sv: 'Jämförelsenivå', en: 'Comparison baseline' },
    explanation: {
      sv: 'Jämförelsegrupp: lika många jämförbara klienter utan insatsen, dragna ur samma kohortmodell (med eget slumpfel). Historisk nivå: en tidigare andel med eget fel, som kan ligga fel åt båda hållen.',
      en: 'Comparison group: comparable clients without the service, drawn from the same cohort model (with their own sampling noise). Historical rate: an earlier rate with its own error, which may be off either way.',
    },
    options: [
      { value: 'comparisonGroup', label: { sv: 'Jämförelsegrupp', en: 'Comparison group' } },
      { value: 'historical', label: { sv: 'Historisk nivå', en: 'Historical rate' } },
    ],
    default: 'comparisonGroup',
  }),
  comparisonGroupSize: count({
    label: { sv: 'Jämförelsegruppens storlek', en: 'Size of the comparison group' },
    explanation: {
      sv: 'Antal klienter i jämförelsegruppen; ju färre, desto mer slump i jämförelsenivån.',
      en: 'Number of clients in the comparison group; the fewer, the more chance in the baseline.',
    },
    min: 1, max: 100000, default: 60,
    source: `${SOURCES.norrkoping}: omkring 60 barn`,
    estimate: {
      sv: 'Antagande: jämförelsegruppen är lika stor som gruppen med insatsen.',
      en: 'Assumption: the comparison group is as large as the treated group.',
    },
    range: [20, 200],
  }),
  historicalBias: num({
    label: { sv: 'Systematiskt fel i historisk nivå', en: 'Bias of the historical rate' },
    explanation: {
      sv: 'Hur mycket den historiska andelen i genomsnitt avviker från vad klienterna skulle nå utan insatsen (negativt = för låg, vilket gynnar investeraren).',
      en: 'How far the historical rate lies on average from what the clients would reach without the service (negative = too low, which favours the investor).',
    },
    unit: 'share', min: -1, max: 1, default: 0,
    estimate: {
      sv: 'Antagande: ingen systematisk avvikelse som standard.',
      en: 'Assumption: no systematic error by default.',
    },
    range: [-0.1, 0.1],
  }),
  historicalNoiseSd: num({
    label: { sv: 'Slumpfel i historisk nivå', en: 'Noise of the historical rate' },
    explanation: {
      sv: 'Standardavvikelse för den historiska andelens fel (en tidigare, liten kohort, andra tider).',
      en: "Standard deviation of the historical rate's error (an earlier, small cohort, other times).",
    },
    unit: 'share', min: 0, max: 1, default: 0.05,
    estimate: {
      sv: 'Uppskattning: slumpfelet i en andel från en tidigare kohort om omkring 100.',
      en: 'Estimate: the sampling error of a rate from an earlier cohort of about 100.',
    },
    range: [0.02, 0.1],
  }),
  successThreshold: num({
    label: { sv: 'Tröskel för betalning', en: 'Success threshold' },
    explanation: {
      sv: 'Hur många procentenheter den observerade andelen måste ligga över jämförelsenivån innan något betalas.',
      en: 'How many percentage points the observed rate must lie above the baseline before anything is paid.',
    },
    unit: 'share', min: 0, max: 1, default: 0.05,
    estimate: {
      sv: 'Ett designval, inte ett faktum.',
      en: 'A design choice, not a fact.',
    },
    range: [0, 0.1],
  }),
  investmentLimit: num({
    label: { sv: 'Investerarens åtagande', en: "Investor's commitment" },
    explanation: {
      sv: 'Högsta belopp investeraren förskotterar för insatsen; det som kostar mer betalar kommunen direkt.',
      en: 'The most the investor pre-finances for the service; anything beyond it the municipality pays directly.',
    },
    unit: 'SEK', min: 0, max: 10000000000, default: 10000000,
    source: `${SOURCES.norrkoping}: investeraren åtog sig upp till 10 miljoner kr (7,5 miljoner investerades)`,
    range: [5_000_000, 20_000_000],
  }),
  returnCap: num({
    label: { sv: 'Tak för avkastningen', en: 'Cap on the return' },
    explanation: {
      sv: 'Utfallsbetalningarna blir högst det investerade beloppet plus denna andel.',
      en: 'Outcome payments are at most the amount invested plus this share.',
    },
    unit: 'share', min: 0, max: 10, default: 0.2,
    source: `${SOURCES.norrkoping}: avkastningen begränsad till 20 %`,
    range: [0.1, 0.3],
  }),
  paymentDates: choice({
    label: { sv: 'Betalningstillfällen', en: 'Payment dates' },
    explanation: {
      sv: 'Betalas utfallen vid varje betalningsperiods slut (mot hittills uppnått resultat), eller en gång när avtalet löper ut.',
      en: 'Are outcomes paid at the end of each payment period (against the results so far), or once when the contract ends.',
    },
    options: [
      { value: 'eachPeriod', label: { sv: 'Varje period', en: 'Each period' } },
      { value: 'end', label: { sv: 'Vid avtalets slut', en: 'At the end of the contract' } },
    ],
    default: 'end',
  }),
};

/** The rule's parameters are the terms of the investor's ledger. */
export type SocialOutcomesParams = { [K in keyof InvestorTerms]: InvestorTerms[K] };

/**
 * A social outcomes contract. An investor pre-finances the service (the providers are
 * paid their per diem out of the investment, up to the commitment); the outcome payer pays the
 * investor a price per observed outcome above a comparison baseline, from a success threshold
 * up, capped at the investment plus the return cap, on the payment dates. This module pays the
 * providers and declares an investor's ledger, which the engine keeps (src/core/contract).
 */
export const socialOutcomes: PaymentRule<SocialOutcomesParams> = {
  id: 'socialOutcomes',
  label: { sv: 'Socialt utfallskontrakt', en: 'Social outcomes contract' },
  explanation: {
    sv: 'En investerare förskotterar insatsen; kommunen betalar investeraren per gott utfall utöver en jämförelsenivå, med tak. Utförarna får sin dygnsersättning ur investeringen.',
    en: 'An investor pre-finances the service; the municipality pays the investor per good outcome above a comparison baseline, with a cap. Providers are paid their per diem out of the investment.',
  },
  params,
  pay(inputs, _params, out) {
    for (let j = 0; j < inputs.count; j++) out[j] = inputs.active[j] ? inputs.base[j] : 0;
  },
  investorLedger: (terms) => terms,
};
