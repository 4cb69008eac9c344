import { num } from '../../src/core/model/ParamSpec.js';
import { SOURCES } from '../sources.js';

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
    unit: 'per month', min: 0, max: 500, default: 1.1,
    estimate: {
      sv: 'Uppskattning: med 11 platser och drygt sju månaders medellängd ger 1,1 remisser i månaden omkring 70 % beläggning.',
      en: 'Estimate: with 11 places and a mean stay of just over seven months, 1.1 referrals a month give about 70 % occupancy.',
    },
    range: [0.3, 2],
  }),
  episodeMedianMonths: num({
    label: { sv: 'Placeringslängd, median', en: 'Episode length, median' },
    explanation: { sv: 'Medianlängd på en insats (lognormalfördelad).', en: 'Median length of an episode of care (lognormal).' },
    unit: 'months', min: 0.5, max: 60, default: 6,
    estimate: {
      sv: 'Uppskattning: HVB-placeringar av ungdomar varar i genomsnitt drygt ett halvår.',
      en: 'Estimate: youth HVB placements last a little over six months on average.',
    },
    range: [3, 12],
  }),
  episodeSdLog: num({
    label: { sv: 'Placeringslängd, spridning', en: 'Episode length, spread' },
    explanation: {
      sv: 'Standardavvikelse för logaritmen av placeringslängden (0,6 ger att hälften av placeringarna varar mellan 4 och 9 månader vid median 6).',
      en: 'Standard deviation of the log of episode length (0.6 puts half of episodes between 4 and 9 months at median 6).',
    },
    unit: 'sd', min: 0, max: 3, default: 0.6,
    estimate: {
      sv: 'Uppskattning: hälften av placeringarna varar 4–9 månader.',
      en: 'Estimate: half of placements last 4–9 months.',
    },
    range: [0.3, 1],
  }),
  baselineLogOdds: num({
    label: { sv: 'Utfall utan insats (logodds)', en: 'Outcome without the service (log-odds)' },
    explanation: {
      sv: 'Logodds för ett gott utfall för en klient med genomsnittligt behov om insatsen inte ges (kontrafaktiskt); −0,85 motsvarar 30 %.',
      en: 'Log-odds of a good outcome for a client of average need without the service (the counterfactual); −0.85 is 30 %.',
    },
    unit: 'log-odds', min: -8, max: 8, default: -0.85,
    estimate: {
      sv: 'Uppskattning: 30 % når ett gott utfall utan insatsen; ingen svensk studie anger nivån.',
      en: 'Estimate: 30 % reach a good outcome without the service; no Swedish study gives the level.',
    },
    range: [-1.5, 0],
  }),
  needSlope: num({
    label: { sv: 'Behovets betydelse', en: 'Weight of need' },
    explanation: {
      sv: 'Hur mycket lägre logodds för gott utfall en klient får per standardavvikelse högre behov.',
      en: 'How much lower the log-odds of a good outcome are per standard deviation of higher need.',
    },
    unit: 'log-odds', min: 0, max: 5, default: 0.8,
    estimate: {
      sv: 'Uppskattning: en standardavvikelse högre behov sänker chansen för gott utfall från 30 % till omkring 16 %.',
      en: 'Estimate: one standard deviation more need lowers the chance of a good outcome from 30 % to about 16 %.',
    },
    range: [0.3, 1.5],
  }),
  caseMixSd: num({
    label: { sv: 'Skillnad i klientsammansättning', en: 'Spread of case mix' },
    explanation: {
      sv: 'Hur mycket utförarnas klienter skiljer sig i genomsnittligt behov (standardavvikelse av utförarens medelbehov; 0 = alla får likadana klienter). Behovet i hela befolkningen är oförändrat.',
      en: "How much providers' clients differ in average need (standard deviation of a provider's mean need; 0 = all get the same kind of clients). Need in the whole population is unchanged.",
    },
    unit: 'sd', min: 0, max: 0.9, default: 0.3, uncertain: false,
    source: `${SOURCES.boardStatement}; ${SOURCES.motion}: utfallsmått speglar också vilka klienter en utförare får`,
    estimate: {
      sv: 'Uppskattning av storleken: utförarnas medelbehov skiljer sig en tredjedels standardavvikelse.',
      en: "Estimate of the size: providers' mean need differs by a third of a standard deviation.",
    },
    range: [0, 0.6],
  }),
  shareFemale: num({
    label: { sv: 'Andel flickor/kvinnor', en: 'Share female' },
    explanation: { sv: 'Andel av remitterade klienter som är flickor eller kvinnor.', en: 'Share of referred clients who are girls or women.' },
    unit: 'share', min: 0, max: 1, default: 0.4,
    source: `${SOURCES.placementStatistics}: omkring 30 % av unga i HVB är flickor`,
    estimate: {
      sv: 'Uppskattning: 0,4 är ett genomsnitt över tjänsterna; för HVB för ungdomar är 0,3 närmare rikets siffra.',
      en: 'Estimate: 0.4 is an average over services; for youth HVB, 0.3 is closer to the national figure.',
    },
    range: [0.25, 0.5],
  }),
  capacity: num({
    label: { sv: 'Platser per utförare', en: 'Places per provider' },
    explanation: {
      sv: 'Hur många klienter en utförare kan ha samtidigt; remisser när det är fullt går till reservutföraren.',
      en: 'How many clients a provider can have at once; referrals when full go to the fallback provider.',
    },
    unit: 'count', min: 1, max: 1000, default: 11, integer: true, uncertain: false,
    estimate: {
      sv: 'Uppskattning: ett HVB för ungdomar har oftast 6–16 platser.',
      en: 'Estimate: a youth HVB usually has 6–16 places.',
    },
    range: [6, 20],
  }),
  qualityMean: num({
    label: { sv: 'Utförarnas genomsnittliga effekt', en: "Providers' average effect" },
    explanation: {
      sv: 'Hur mycket en genomsnittlig utförare höjer logodds för gott utfall jämfört med ingen insats.',
      en: 'How much an average provider raises the log-odds of a good outcome compared with no service.',
    },
    unit: 'log-odds', min: -5, max: 5, default: 0.6,
    source: `${SOURCES.boardStatement}: tillförlitliga effektdata saknas`,
    estimate: {
      sv: 'Uppskattning: en genomsnittlig utförare höjer chansen för gott utfall från 30 % till 44 %.',
      en: 'Estimate: an average provider raises the chance of a good outcome from 30 % to 44 %.',
    },
    range: [0.2, 1],
  }),
  qualitySd: num({
    label: { sv: 'Skillnad i effekt mellan utförare', en: 'Spread of effect between providers' },
    explanation: {
      sv: 'Standardavvikelse för utförarnas sanna effekt. Ju mindre spridning, desto svårare att skilja utförare åt.',
      en: "Standard deviation of providers' true effect. The smaller the spread, the harder it is to tell providers apart.",
    },
    unit: 'log-odds', min: 0, max: 5, default: 0.3,
    estimate: {
      sv: 'Uppskattning: utförarnas effekt skiljer sig omkring ±7 procentenheter (en standardavvikelse).',
      en: "Estimate: providers' effects differ by about ±7 percentage points (one standard deviation).",
    },
    range: [0.1, 0.6],
  }),
  raterShift: num({
    label: { sv: 'Bedömarnas nivå i segmentet', en: "Raters' level in this segment" },
    explanation: {
      sv: 'Hur mycket mildare (positivt) eller strängare (negativt) socialsekreterarna i det här segmentet – till exempel ett stadsdelsområde – gör den samlade bedömningen än andra, vid samma sanna utfall. Gäller bara socialsekreterarens bedömning; 0 = ingen skillnad.',
      en: 'How much more lenient (positive) or strict (negative) the social workers of this segment – a district, say – make the overall assessment than others, at the same true outcome. Applies to the social worker\'s assessment only; 0 = no difference.',
    },
    unit: 'sd', min: -2, max: 2, default: 0, uncertain: false,
    estimate: {
      sv: `Ingen skillnad som utgångsläge; ${SOURCES.followUpModel} föreslår en pilot i minst två stadsdelsförvaltningar för att hitta skillnader mellan dem.`,
      en: `No difference to start with; ${SOURCES.followUpModel} proposes a pilot in at least two district administrations to find differences between them.`,
    },
    range: [-0.3, 0.3],
  }),
  pricePerDay: num({
    label: { sv: 'Pris per dygn', en: 'Price per day' },
    explanation: { sv: 'Dygnsersättningen som kommunen betalar utföraren (dagens modell).', en: 'The per-diem price the municipality pays the provider (today’s model).' },
    unit: 'SEK/day', min: 0, max: 50000, default: 4500,
    source: `${SOURCES.motala}: externa HVB-placeringar av ungdomar kostade i genomsnitt 4 500 kr per dygn (1 500–20 000)`,
    range: [3000, 7000],
  }),
  costPerClientMonth: num({
    label: { sv: 'Utförarens kostnad per klientmånad', en: "Provider's cost per client-month" },
    explanation: { sv: 'Rörlig kostnad för en klient under en månad (personal, boende, mat).', en: 'Variable cost of one client for one month (staff, housing, food).' },
    unit: 'SEK/month', min: 0, max: 2000000, default: 100000,
    estimate: {
      sv: 'Satt så att en genomsnittlig utförare får omkring 10 % marginal under dygnsersättningen (avkastning kring 20 % på HVB-kapital har rapporterats, socialpolitik.com 2019).',
      en: 'Set so that an average provider earns about a 10 % margin under the per diem (returns of about 20 % on HVB capital have been reported, socialpolitik.com 2019).',
    },
    range: [85_000, 120_000],
  }),
  fixedCostPerMonth: num({
    label: { sv: 'Utförarens fasta kostnad per månad', en: "Provider's fixed cost per month" },
    explanation: { sv: 'Lokaler, ledning och beredskap som kostar oavsett beläggning.', en: 'Premises, management and standby that cost whatever the occupancy.' },
    unit: 'SEK/month', min: 0, max: 50000000, default: 170000,
    estimate: {
      sv: 'Uppskattning: lokaler, ledning och beredskap för ett hem med 11 platser, så att marginalen blir omkring 10 %.',
      en: 'Estimate: premises, management and standby for a home with 11 places, so that the margin is about 10 %.',
    },
    range: [100_000, 250_000],
  }),
} as const;
