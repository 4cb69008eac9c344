import { choice, count, num } from '../../src/core/model/ParamSpec.js';
import type { FlagWindow } from '../../src/core/simulate/flagWindow.js';
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
  window: choice<FlagWindow>({
    label: { sv: 'Bedömningsfönster', en: 'Judging window' },
    explanation: {
      sv: 'Vilka månader en utförare bedöms på när den flaggas: den senaste betalningsperioden, de senaste 12, 24 eller 36 månaderna, eller allt sedan avtalet började. Längre fönster ger fler mätta klienter och säkrare flaggor, men reagerar långsammare.',
      en: 'Which months a provider is judged on when it is flagged: the latest payment period, the latest 12, 24 or 36 months, or everything since the contract began. Longer windows give more measured clients and surer flags, but react more slowly.',
    },
    options: [
      { value: 'period', label: { sv: 'Betalningsperioden', en: 'The payment period' } },
      { value: '12', label: { sv: 'Senaste 12 månaderna', en: 'Latest 12 months' } },
      { value: '24', label: { sv: 'Senaste 24 månaderna', en: 'Latest 24 months' } },
      { value: '36', label: { sv: 'Senaste 36 månaderna', en: 'Latest 36 months' } },
      { value: 'cumulative', label: { sv: 'Sedan avtalet började', en: 'Since the contract began' } },
    ],
    default: 'period',
  }),
  reference: choice<'pooled' | 'benchmark'>({
    label: { sv: 'Jämförs med', en: 'Compared with' },
    explanation: {
      sv: 'Om utförarens andel jämförs med den sammanvägda andelen för alla utförare i segmentet under samma fönster, eller med en fast jämförelsenivå.',
      en: "Whether a provider's rate is compared with the pooled rate of all providers in the segment over the same window, or with a fixed benchmark rate.",
    },
    options: [
      { value: 'pooled', label: { sv: 'Segmentets sammanvägda andel', en: "The segment's pooled rate" } },
      { value: 'benchmark', label: { sv: 'En fast jämförelsenivå', en: 'A fixed benchmark rate' } },
    ],
    default: 'pooled',
  }),
  benchmarkRate: num({
    label: { sv: 'Jämförelsenivå', en: 'Benchmark rate' },
    explanation: {
      sv: 'Den andel goda utfall som utförare jämförs med när jämförelsen är en fast nivå (till exempel ett riksgenomsnitt).',
      en: 'The rate of good outcomes providers are compared with when the comparison is a fixed benchmark (for example a national average).',
    },
    unit: 'probability', min: 0.01, max: 0.99, default: 0.5, uncertain: false,
    estimate: {
      sv: 'Platshållare: används bara när jämförelsen är en fast nivå, och då bör den sättas till den nivå staden vill jämföra med.',
      en: 'A placeholder: used only when the comparison is a fixed benchmark, and then it should be set to the rate the city wants to compare with.',
    },
    range: [0.2, 0.8],
  }),
} as const;

