import { flag, num } from '../../src/core/model/ParamSpec.js';

/**
 * Selection, or cream-skimming: where providers may decline referrals, each one
 * declines a referral whose expected payment is below its expected cost, judging the client's
 * need from what it sees at referral (the true need plus noise). Declined clients go to the
 * fallback provider; their outcomes still count for the municipality.
 */
export const selectionSpecs = {
  enabled: flag({
    label: { sv: 'Utförarna får avböja remisser', en: 'Providers may decline referrals' },
    explanation: {
      sv: 'Utförarna får tacka nej till en remiss. De avböjer klienter vars förväntade ersättning är lägre än den förväntade kostnaden; de går i stället till reservutföraren.',
      en: 'Providers may turn a referral down. They decline clients whose expected payment is below their expected cost; those clients go to the fallback provider instead.',
    },
    default: false,
  }),
  needNoiseSd: num({
    label: { sv: 'Osäkerhet i utförarens bild av behovet', en: "Noise in the provider's view of need" },
    explanation: {
      sv: 'Standardavvikelse för felet när utföraren bedömer klientens behov utifrån remissen (0 = utföraren ser behovet exakt).',
      en: "Standard deviation of the error when the provider judges the client's need from the referral (0 = the provider sees the need exactly).",
    },
    unit: 'sd', min: 0, max: 5, default: 0.5,
    estimate: {
      sv: 'Uppskattning: remissen visar behovet ungefär lika väl som socialsekreterarens bedömning.',
      en: "Estimate: the referral shows need about as well as the social worker's estimate.",
    },
    range: [0.2, 1],
  }),
  penaltyPerDecline: num({
    label: { sv: 'Avgift per avböjd remiss', en: 'Penalty per declined referral' },
    explanation: {
      sv: 'Vad det kostar utföraren att avböja en remiss (vite i avtalet, förlorat anseende). Utföraren avböjer bara när den förväntade förlusten på klienten är större.',
      en: 'What declining a referral costs the provider (a contract penalty, lost reputation). A provider declines only when its expected loss on the client is larger.',
    },
    unit: 'SEK', min: 0, max: 10000000, default: 0,
    estimate: {
      sv: 'Antagande: dagens avtal har inget vite för att avböja.',
      en: "Assumption: today's contracts have no penalty for declining.",
    },
    range: [0, 100_000],
  }),
} as const;
