import { count, flag, num } from '../../src/core/model/ParamSpec.js';

/**
 * Participation: money moved is not money saved. At the contract's start and at each renewal
 * every provider weighs its expected margin under the rule, less a charge for the rule's risk,
 * against the margin it could earn elsewhere. Short of it, it prices in a premium per client-day
 * (up to a cap) or, if even the cap is not enough, leaves; its places are procured again. The
 * investor of a social outcomes contract invests only if the expected return clears its hurdle.
 */
export const participationSpecs = {
  enabled: flag({
    label: { sv: 'Utförare och investerare kräver sin marginal', en: 'Providers and investors require their margin' },
    explanation: {
      sv: 'Vid avtalets start och vid varje förnyelse jämför varje utförare sin förväntade marginal under ersättningsmodellen, minus ett avdrag för risken, med vad den kan tjäna på annat håll. Räcker den inte tar utföraren ut ett riskpåslag på dygnspriset eller lämnar avtalet. Investeraren i ett socialt utfallskontrakt investerar bara om den förväntade avkastningen når dess avkastningskrav.',
      en: 'At the start of the contract and at each renewal every provider compares its expected margin under the payment rule, less a charge for the risk, with what it can earn elsewhere. If it falls short, the provider adds a risk premium to its daily price or leaves the contract. The investor of a social outcomes contract invests only if the expected return reaches its hurdle.',
    },
    default: false,
  }),
  renewalMonths: count({
    label: { sv: 'Månader mellan förnyelser', en: 'Months between renewals' },
    explanation: {
      sv: 'Hur ofta avtalen förnyas (eller förlängs); då kan utförarna ändra pris eller lämna. Avtalets start räknas som den första.',
      en: 'How often contracts are renewed (or extended); providers may then change their price or leave. The start of the contract counts as the first.',
    },
    unit: 'months', min: 1, max: 120, default: 24,
    source: 'Lag (2016:1145) om offentlig upphandling, 7 kap. 3 §: ett ramavtal får löpa högst fyra år',
    estimate: {
      sv: 'Uppskattning: ramavtal för placeringar tecknas ofta på två år med option på förlängning 1 + 1 år, så den första förnyelsen kommer efter 24 månader.',
      en: 'Estimate: framework agreements for placements are often signed for two years with options to extend by 1 + 1 years, so the first renewal comes after 24 months.',
    },
    range: [12, 48],
  }),
  reservationMargin: num({
    label: { sv: 'Utförarens krav på marginal', en: "Provider's reservation margin" },
    explanation: {
      sv: 'Den rörelsemarginal, efter avdrag för risken, som en utförare kräver för att stanna: vinst som andel av intäkten. Ger redan scenariots dygnspris mindre tar utförarna ut ett påslag även med ren dygnsersättning.',
      en: 'The operating margin, after the charge for risk, a provider needs to stay: profit as a share of revenue. If the scenario’s per diem already gives less, providers add a premium even under a flat per diem.',
    },
    unit: 'share', min: 0, max: 0.5, default: 0.09,
    estimate: {
      sv: 'Uppskattning: med dagens dygnsersättning ger modellen utförarna en marginal på omkring 11 % (10,6–12,6 % beroende på insats). I en konkurrensutsatt upphandling ligger priset nära vad utförarna behöver, så kravet sätts strax under: dagens ersättning accepteras, men en modell som tar mer än ett par procentenheter av marginalen (efter riskavdrag) måste kompenseras. Ett lägre krav betyder att utförarna i dag tjänar mer än de behöver och kan avstå en del.',
      en: 'Estimate: under today’s per diem the model gives providers a margin of about 11 % (10.6–12.6 % by service). In a competitive procurement the price lies close to what providers need, so the requirement is set just below: today’s payment is accepted, but a rule that takes more than a couple of percentage points of the margin (after the charge for risk) must be compensated. A lower requirement means providers earn more today than they need and can give some of it up.',
    },
    range: [0.05, 0.11],
  }),
  riskAversion: num({
    label: { sv: 'Utförarens riskaversion', en: "Provider's risk aversion" },
    explanation: {
      sv: 'Hur många kronor förväntad marginal utföraren avstår för att slippa en krona standardavvikelse i sin årsmarginal. 0 = riskneutral.',
      en: 'How many kronor of expected margin the provider gives up to be rid of one krona of standard deviation in its yearly margin. 0 = risk neutral.',
    },
    unit: 'share', min: 0, max: 5, default: 0.5,
    estimate: {
      sv: 'Uppskattning; ingen studie mäter svenska utförares riskaversion. Små bolag med tunt eget kapital bär risk ogärna; 0 (riskneutral) till 1,5 (en förlust på en standardavvikelse vägs mer än den förväntade vinsten).',
      en: 'Estimate; no study measures Swedish providers’ risk aversion. Small firms with thin equity dislike risk; 0 (risk neutral) to 1.5 (a loss of one standard deviation weighs more than the expected gain).',
    },
    range: [0, 1.5],
  }),
  maxPremiumShare: num({
    label: { sv: 'Största riskpåslag', en: 'Largest risk premium' },
    explanation: {
      sv: 'Högsta påslag på dygnspriset som en utförare kan få igenom, som andel av dygnspriset. Behöver den mer lämnar den avtalet.',
      en: 'The largest addition to the daily price a provider can get accepted, as a share of the per diem. Needing more, it leaves the contract.',
    },
    unit: 'share', min: 0, max: 1, default: 0.15,
    estimate: {
      sv: 'Uppskattning: ett anbud långt över jämförbara priser vinner inte en upphandling; 5–30 % över dagens pris.',
      en: 'Estimate: a bid far above comparable prices does not win a procurement; 5–30 % above today’s price.',
    },
    range: [0.05, 0.3],
  }),
  investorHurdleRate: num({
    label: { sv: 'Investerarens avkastningskrav', en: "Investor's hurdle rate" },
    explanation: {
      sv: 'Den årliga avkastning som investeraren i ett socialt utfallskontrakt kräver i förväntan. Når kontraktets förväntade avkastning inte dit avstår investeraren, och kommunen köper insatsen till dygnspris som i dag.',
      en: 'The yearly return the investor in a social outcomes contract requires in expectation. If the contract’s expected return falls short, the investor declines, and the municipality buys the service at the per diem as today.',
    },
    unit: 'share', min: 0, max: 1, default: 0.05,
    estimate: {
      sv: 'Uppskattning: investerare i sociala utfallskontrakt har i regel sökt en avkastning på några procent om året, med avkastningstak omkring 10–20 % (Norrköping: 20 % över hela avtalet); 0–12 % om året.',
      en: 'Estimate: investors in social outcomes contracts have usually sought a return of a few per cent a year, with return caps of about 10–20 % (Norrköping: 20 % over the whole contract); 0–12 % a year.',
    },
    range: [0, 0.12],
  }),
} as const;
