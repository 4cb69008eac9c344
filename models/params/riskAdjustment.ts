import { flag, num } from '../../src/core/model/ParamSpec.js';

/** Observed / expected risk adjustment using the need the municipality can estimate. */
export const riskAdjustmentSpecs = {
  enabled: flag({
    label: { sv: 'Riskjustering', en: 'Risk adjustment' },
    explanation: {
      sv: 'Jämför utförarens utfall med det förväntade utfallet för just dess klienter (observerat/förväntat), så att svåra klienter inte straffar utföraren.',
      en: "Compares the provider's outcome with the outcome expected for its own clients (observed/expected), so that hard clients do not penalise the provider.",
    },
    default: false,
  }),
  needNoiseSd: num({
    label: { sv: 'Osäkerhet i bedömt behov', en: 'Noise in estimated need' },
    explanation: {
      sv: 'Standardavvikelse för felet när kommunen bedömer klientens behov (0 = kommunen vet behovet exakt).',
      en: "Standard deviation of the error when the municipality estimates a client's need (0 = the municipality knows the need exactly).",
    },
    unit: 'sd', min: 0, max: 5, default: 0.5,
    estimate: {
      sv: 'Uppskattning: socialsekreterarens bedömning korrelerar omkring 0,9 med det sanna behovet.',
      en: "Estimate: the social worker's estimate correlates about 0.9 with the true need.",
    },
    range: [0.2, 1],
  }),
} as const;
