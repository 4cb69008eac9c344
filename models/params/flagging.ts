import { count, num } from '../../src/core/model/ParamSpec.js';
import { SOURCES } from '../sources.js';

/** When a provider counts as "clearly deviating", and which providers are truly deficient. */
export const flaggingSpecs = {
  zCritical: num({
    label: { sv: 'Gräns för tydlig avvikelse (z)', en: 'Threshold for a clear deviation (z)' },
    explanation: {
      sv: 'Hur många standardfel under (eller över) genomsnittet en utförares observerade andel måste ligga för att flaggas.',
      en: "How many standard errors below (or above) the average a provider's observed rate must lie to be flagged.",
    },
    unit: 'z', min: 0.5, max: 5, default: 1.96, uncertain: false,
    estimate: {
      sv: 'Konvention: tvåsidig 5 %-nivå.',
      en: 'Convention: the two-sided 5 % level.',
    },
    range: [1.64, 3],
  }),
  minClients: count({
    label: { sv: 'Minsta antal mätta klienter', en: 'Minimum measured clients' },
    explanation: {
      sv: 'Utförare med färre mätta klienter under perioden flaggas inte och rangordnas inte.',
      en: 'Providers with fewer measured clients in the period are neither flagged nor ranked.',
    },
    min: 1, max: 1000, default: 5,
    estimate: {
      sv: 'Modellval: med färre än fem mätta klienter säger en andel nästan ingenting.',
      en: 'A modelling choice: with fewer than five measured clients a rate says almost nothing.',
    },
    range: [1, 20],
  }),
  deficientQuantile: num({
    label: { sv: 'Andel verkligt bristande utförare', en: 'Share of truly deficient providers' },
    explanation: {
      sv: 'En fast andel av varje marknadssegment räknas som verkligt bristande: de ⌈andel × antal⌉ utförare som har lägst sann kvalitet (högst alla utom en); övriga är godtagbara. Antalet är alltså detsamma i varje körning, 7 av 40 med 0,16. En utförare som ersätter ett hävt avtal räknas som bristande om dess kvalitet ligger under gränsen mellan segmentets bristande och godtagbara. Används för att räkna felaktiga flaggor, missar och träffsäkerhet.',
      en: "A fixed share of each market segment counts as truly deficient: the ⌈share × number⌉ providers with the lowest true quality (at most all but one); the rest are acceptable. The count is therefore the same in every run, 7 of 40 at 0.16. A provider that replaces an ended contract counts as deficient if its quality lies below the boundary between the segment's deficient and acceptable providers. Used to count wrong flags, misses and flag precision.",
    },
    unit: 'share', min: 0.01, max: 0.5, default: 0.16, uncertain: false,
    source: `${SOURCES.ivo}: omfattande brister i nära hälften av alla HVB och stödboenden (citerat i ${SOURCES.followUpModel})`,
    estimate: {
      sv: 'Utförare mer än en standardavvikelse under genomsnittet (Φ(−1) ≈ 0,16); IVO:s tillsyn talar för att andelen kan vara betydligt högre, upp till hälften.',
      en: "Providers more than one standard deviation below the average (Φ(−1) ≈ 0.16); IVO's supervision suggests the share may be much higher, up to half.",
    },
    range: [0.05, 0.5],
  }),
} as const;
