import { count, num } from '../../src/core/model/ParamSpec.js';

/** When a provider counts as "clearly deviating", and which providers are truly deficient. */
export const flaggingSpecs = {
  zCritical: num({
    label: { sv: 'Gräns för tydlig avvikelse (z)', en: 'Threshold for a clear deviation (z)' },
    explanation: {
      sv: 'Hur många standardfel under (eller över) genomsnittet en utförares observerade andel måste ligga för att flaggas.',
      en: "How many standard errors below (or above) the average a provider's observed rate must lie to be flagged.",
    },
    unit: 'z', min: 0.5, max: 5, default: 1.96, uncertain: false,
  }),
  minClients: count({
    label: { sv: 'Minsta antal mätta klienter', en: 'Minimum measured clients' },
    explanation: {
      sv: 'Utförare med färre mätta klienter under perioden flaggas inte och rangordnas inte.',
      en: 'Providers with fewer measured clients in the period are neither flagged nor ranked.',
    },
    min: 1, max: 1000, default: 5,
  }),
  deficientQuantile: num({
    label: { sv: 'Andel verkligt bristande utförare', en: 'Share of truly deficient providers' },
    explanation: {
      sv: 'Utförare vars sanna kvalitet ligger i denna nedre andel räknas som bristande; övriga som godtagbara. Används för att räkna felaktiga flaggor och missar.',
      en: 'Providers whose true quality lies in this lower share count as deficient, the rest as acceptable. Used to count wrong flags and misses.',
    },
    unit: 'share', min: 0.01, max: 0.5, default: 0.16, uncertain: false,
  }),
} as const;
