import { num } from '../../src/core/model/ParamSpec.js';

/**
 * One market segment: a service (HVB youth, IHF, …) bought from J providers. The service
 * model under models/services/ sets the defaults; a scenario overrides any of them.
 */
export const segmentSpecs = {
  referralsPerProviderMonth: num({
    label: { sv: 'Remisser per utförare och månad', en: 'Referrals per provider and month' },
    explanation: {
      sv: 'Genomsnittligt antal nya placeringar som erbjuds varje utförare per månad (Poissonfördelat).',
      en: 'Average number of new placements offered to each provider per month (Poisson distributed).',
    },
    unit: 'per month', min: 0, max: 500, default: 1.1, estimate: true,
  }),
  episodeMedianMonths: num({
    label: { sv: 'Placeringslängd, median', en: 'Episode length, median' },
    explanation: { sv: 'Medianlängd på en insats (lognormalfördelad).', en: 'Median length of an episode of care (lognormal).' },
    unit: 'months', min: 0.5, max: 60, default: 6, estimate: true,
    source: 'DESIGN.md default: median 6 months for HVB',
  }),
  episodeSdLog: num({
    label: { sv: 'Placeringslängd, spridning', en: 'Episode length, spread' },
    explanation: {
      sv: 'Standardavvikelse för logaritmen av placeringslängden (0,6 ger att hälften av placeringarna varar mellan 4 och 9 månader vid median 6).',
      en: 'Standard deviation of the log of episode length (0.6 puts half of episodes between 4 and 9 months at median 6).',
    },
    unit: 'sd', min: 0, max: 3, default: 0.6, estimate: true,
  }),
  baselineLogOdds: num({
    label: { sv: 'Utfall utan insats (logodds)', en: 'Outcome without the service (log-odds)' },
    explanation: {
      sv: 'Logodds för ett gott utfall för en klient med genomsnittligt behov om insatsen inte ges (kontrafaktiskt); −0,85 motsvarar 30 %.',
      en: 'Log-odds of a good outcome for a client of average need without the service (the counterfactual); −0.85 is 30 %.',
    },
    unit: 'log-odds', min: -8, max: 8, default: -0.85, estimate: true,
  }),
  needSlope: num({
    label: { sv: 'Behovets betydelse', en: 'Weight of need' },
    explanation: {
      sv: 'Hur mycket lägre logodds för gott utfall en klient får per standardavvikelse högre behov.',
      en: 'How much lower the log-odds of a good outcome are per standard deviation of higher need.',
    },
    unit: 'log-odds', min: 0, max: 5, default: 0.8, estimate: true,
  }),
  caseMixSd: num({
    label: { sv: 'Skillnad i klientsammansättning', en: 'Spread of case mix' },
    explanation: {
      sv: 'Hur mycket utförarnas klienter skiljer sig i genomsnittligt behov (standardavvikelse av utförarens medelbehov; 0 = alla får likadana klienter). Behovet i hela befolkningen är oförändrat.',
      en: "How much providers' clients differ in average need (standard deviation of a provider's mean need; 0 = all get the same kind of clients). Need in the whole population is unchanged.",
    },
    unit: 'sd', min: 0, max: 0.9, default: 0.3, estimate: true, uncertain: false,
    source: 'estimate: the city notes that outcome measures also reflect case mix (seeds 000, 001)',
  }),
  shareFemale: num({
    label: { sv: 'Andel flickor/kvinnor', en: 'Share female' },
    explanation: { sv: 'Andel av remitterade klienter som är flickor eller kvinnor.', en: 'Share of referred clients who are girls or women.' },
    unit: 'share', min: 0, max: 1, default: 0.4, estimate: true,
  }),
  capacity: num({
    label: { sv: 'Platser per utförare', en: 'Places per provider' },
    explanation: {
      sv: 'Hur många klienter en utförare kan ha samtidigt; remisser när det är fullt går till reservutföraren.',
      en: 'How many clients a provider can have at once; referrals when full go to the fallback provider.',
    },
    unit: 'count', min: 1, max: 1000, default: 11, integer: true, uncertain: false,
  }),
  qualityMean: num({
    label: { sv: 'Utförarnas genomsnittliga effekt', en: "Providers' average effect" },
    explanation: {
      sv: 'Hur mycket en genomsnittlig utförare höjer logodds för gott utfall jämfört med ingen insats.',
      en: 'How much an average provider raises the log-odds of a good outcome compared with no service.',
    },
    unit: 'log-odds', min: -5, max: 5, default: 0.6, estimate: true,
    source: 'estimate; the city notes that effect data are scarce (seed 000)',
  }),
  qualitySd: num({
    label: { sv: 'Skillnad i effekt mellan utförare', en: 'Spread of effect between providers' },
    explanation: {
      sv: 'Standardavvikelse för utförarnas sanna effekt. Ju mindre spridning, desto svårare att skilja utförare åt.',
      en: "Standard deviation of providers' true effect. The smaller the spread, the harder it is to tell providers apart.",
    },
    unit: 'log-odds', min: 0, max: 5, default: 0.3, estimate: true,
  }),
  raterShift: num({
    label: { sv: 'Bedömarnas nivå i segmentet', en: "Raters' level in this segment" },
    explanation: {
      sv: 'Hur mycket mildare (positivt) eller strängare (negativt) socialsekreterarna i det här segmentet – till exempel ett stadsdelsområde – gör den samlade bedömningen än andra, vid samma sanna utfall. Gäller bara socialsekreterarens bedömning; 0 = ingen skillnad.',
      en: 'How much more lenient (positive) or strict (negative) the social workers of this segment – a district, say – make the overall assessment than others, at the same true outcome. Applies to the social worker\'s assessment only; 0 = no difference.',
    },
    unit: 'sd', min: -2, max: 2, default: 0, estimate: true, uncertain: false,
    source: 'estimate: the city\'s follow-up model proposal expects districts to assess differently at first and plans calibration in the pilot',
  }),
  pricePerDay: num({
    label: { sv: 'Pris per dygn', en: 'Price per day' },
    explanation: { sv: 'Dygnsersättningen som kommunen betalar utföraren (dagens modell).', en: 'The per-diem price the municipality pays the provider (today’s model).' },
    unit: 'SEK/day', min: 0, max: 50000, default: 4500,
    source: 'Motala municipality 2018: external HVB youth placements averaged 4,500 SEK/day (range 1,500–20,000)',
  }),
  costPerClientMonth: num({
    label: { sv: 'Utförarens kostnad per klientmånad', en: "Provider's cost per client-month" },
    explanation: { sv: 'Rörlig kostnad för en klient under en månad (personal, boende, mat).', en: 'Variable cost of one client for one month (staff, housing, food).' },
    unit: 'SEK/month', min: 0, max: 2000000, default: 100000, estimate: true,
    source: 'estimate set so that the average provider earns about a 10 % margin under the per diem (DEFAULTS.md)',
  }),
  fixedCostPerMonth: num({
    label: { sv: 'Utförarens fasta kostnad per månad', en: "Provider's fixed cost per month" },
    explanation: { sv: 'Lokaler, ledning och beredskap som kostar oavsett beläggning.', en: 'Premises, management and standby that cost whatever the occupancy.' },
    unit: 'SEK/month', min: 0, max: 50000000, default: 170000, estimate: true,
  }),
} as const;
