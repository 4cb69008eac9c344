/**
 * The metrics a run reports: stable ids shared by the CLI, the page and the pinned results,
 * each with its unit, its basis and how it is aggregated across runs.
 *
 * A run writes *quantities* (columns of the per-run table, `QUANTITIES`); a metric reads one
 * quantity (a plain metric, averaged across runs) or the ratio of two (a ratio metric,
 * reported as the ratio of the totals across runs, so a run with a zero denominator still
 * counts in the total instead of silently dropping out). Ids are literal types: a misspelt id
 * is a compile error, not a write to a NaN column.
 */
import type { Text } from '../model/ParamSpec.js';

export type MetricUnit = 'SEK' | 'share' | 'count' | 'hours' | 'correlation' | 'ratio' | 'rate' | 'effort';

/**
 * What a figure is measured over:
 * - `flow`: a total over the contract horizon; reported per year by default, or for the whole
 *   contract on request (one transform, `toBasis`).
 * - `contract`: a total that only makes sense for the contract as a whole (the investor's money).
 * - `perYear`: already per year.
 * - `perPeriod`: an average over payment periods (reliability).
 * - `share`: a proportion (of clients, providers, periods or runs).
 * - `ratio`: a ratio of two totals (kronor per outcome, a multiple) or a per-run statistic.
 */
export type MetricBasis = 'flow' | 'contract' | 'perYear' | 'perPeriod' | 'share' | 'ratio';

/**
 * The smallest difference worth calling a difference, for a verdict: `relative` is a share of
 * the baseline's level, `absolute` is in the metric's unit (per year for flows). A difference
 * smaller than this is "no clear difference" even when Monte Carlo error is tiny.
 */
export interface SmallestDifference {
  relative?: number;
  absolute?: number;
  reason: Text;
}

/** The per-run quantities, in column order of the run table. */
export const QUANTITIES = [
  'purchaser.totalCost', 'purchaser.payments', 'purchaser.followUpCost', 'purchaser.auditCost', 'purchaser.fallbackCost',
  'clients.served', 'clients.declined', 'clients.fallback', 'clients.untreated', 'clients.placedElsewhere',
  'outcomes.attributable', 'care.hoursDelivered', 'care.hoursToAdmin', 'care.outcomesLostToAdmin',
  'providers.revenueMean', 'providers.shareWithLoss', 'providers.revenueCv', 'providers.terminated', 'providers.replaced',
  'measurement.rankCorrelation', 'measurement.rankCorrelationAdjusted', 'measurement.deepFollowUps',
  'investor.invested', 'investor.returned', 'investor.irr', 'investor.lossProbability', 'investor.totalLoss', 'investor.paidWithoutEffect',
  // Numerators and denominators of ratio metrics.
  'n.trueGood', 'n.discharged', 'n.observed', 'n.measured', 'n.inflated',
  'n.goodFemale', 'n.female', 'n.goodMale', 'n.male', 'n.goodHighNeed', 'n.highNeed', 'n.goodLowNeed', 'n.lowNeed',
  'n.unmeasuredGood', 'n.providerMargin', 'n.providerRevenue', 'n.reliabilitySum', 'n.reliabilityPeriods',
  'n.flaggedAcceptable', 'n.acceptablePeriods', 'n.missedDeficient', 'n.deficientPeriods', 'n.flagged', 'n.flaggedDeficient',
  'n.bonusToDeficient', 'n.bonusAll', 'n.effortSum', 'n.effortMonths',
  'n.measuredFemale', 'n.observedFemale', 'n.measuredMale', 'n.observedMale',
  'n.reliabilityQualitySum', 'n.reliabilityQualityPeriods', 'n.reliabilityAdjustedSum', 'n.reliabilityAdjustedPeriods',
  // Participation (src/core/behaviour/Participation).
  'providers.exited', 'providers.premiumPaid', 'n.repriced', 'n.participationDecisions', 'investor.declined',
] as const;
export type Quantity = (typeof QUANTITIES)[number];
export const QUANTITY_COUNT = QUANTITIES.length;
/** Column of each quantity in the run table. */
export const QI = Object.fromEntries(QUANTITIES.map((q, i) => [q, i])) as Readonly<Record<Quantity, number>>;

interface MetricSpec {
  unit: MetricUnit;
  basis: MetricBasis;
  label: Text;
  description: Text;
  /** Which direction is good for the municipality and its clients; absent where it depends on the question. */
  better?: 'higher' | 'lower';
  /** A plain metric reads the quantity of its own id; a ratio metric reads [numerator, denominator]. */
  ratio?: readonly [Quantity, Quantity];
  /** The figure to lead with: the median where a mean is dragged by a few extreme runs (IRR). */
  centre?: 'mean' | 'median';
  smallest: SmallestDifference;
}

const text = (sv: string, en: string): Text => ({ sv, en });
const COST = { relative: 0.01, reason: text('En procent av jämförelsens nivå: mindre än så syns inte i en nämnds budget.', "One per cent of the baseline's level: less than that does not show in a committee's budget.") };
const COUNT = { relative: 0.02, reason: text('Två procent av jämförelsens nivå.', "Two per cent of the baseline's level.") };
const POINT = { absolute: 0.01, reason: text('En procentenhet.', 'One percentage point.') };
const POINTS2 = { absolute: 0.02, reason: text('Två procentenheter: mindre än så är svårt att skilja från slumpen hos en enskild utförare.', "Two percentage points: less than that is hard to tell from chance for a single provider.") };
const COEF = { absolute: 0.05, reason: text('0,05 på en skala från −1 till 1.', '0.05 on a scale from −1 to 1.') };

/** The catalogue. Key order is display order. */
export const METRIC_SPECS = {
  'purchaser.totalCost': { unit: 'SEK', basis: 'flow', better: 'lower', smallest: COST,
    label: text('Total kostnad', 'Total cost'),
    description: text('Ersättningar, socialsekreterarnas extra uppföljningstid, granskning och reservplaceringar.', "Payments, social workers' extra follow-up time, audits and fallback care.") },
  'purchaser.payments': { unit: 'SEK', basis: 'flow', better: 'lower', smallest: COST,
    label: text('Ersättning till utförare', 'Payments to providers'),
    description: text('Summan av alla utbetalningar till avtalade utförare, efter sanktioner.', 'All payments to contracted providers, after sanctions.') },
  'purchaser.followUpCost': { unit: 'SEK', basis: 'flow', better: 'lower', smallest: COST,
    label: text('Uppföljningskostnad', 'Follow-up cost'),
    description: text('Socialsekreterarnas extra tid för mätningen, i kronor.', "Social workers' extra time for the measurement, in SEK.") },
  'purchaser.auditCost': { unit: 'SEK', basis: 'flow', better: 'lower', smallest: COST,
    label: text('Granskningskostnad', 'Audit cost'),
    description: text('Inspektörernas tid för fördjupade uppföljningar, i kronor.', "Inspectors' time for deeper follow-ups, in SEK.") },
  'purchaser.fallbackCost': { unit: 'SEK', basis: 'flow', better: 'lower', smallest: COST,
    label: text('Kostnad för reservplaceringar', 'Fallback cost'),
    description: text('Vård hos reservutföraren för klienter som inte togs emot.', 'Care at the fallback provider for clients who were not taken.') },
  'purchaser.costPerTrueOutcome': { unit: 'SEK', basis: 'ratio', better: 'lower', ratio: ['purchaser.totalCost', 'n.trueGood'], smallest: COST,
    label: text('Kostnad per gott utfall', 'Cost per true good outcome'),
    description: text('Total kostnad delad med antalet klienter med sant gott utfall (summor över alla körningar).', 'Total cost divided by the number of clients with a true good outcome (totals over all runs).') },
  'purchaser.costPerAttributableOutcome': { unit: 'SEK', basis: 'ratio', better: 'lower', ratio: ['purchaser.totalCost', 'outcomes.attributable'], smallest: COST,
    label: text('Kostnad per tillskrivbart utfall', 'Cost per attributable outcome'),
    description: text('Total kostnad delad med antalet goda utfall som inte hade inträffat utan insatsen (summor över alla körningar).', 'Total cost divided by the good outcomes that would not have happened without the service (totals over all runs).') },
  'clients.served': { unit: 'count', basis: 'flow', smallest: COUNT,
    label: text('Klienter hos avtalade utförare', 'Clients served'),
    description: text('Klienter som påbörjade en insats hos en avtalad utförare.', 'Clients who started care with a contracted provider.') },
  'clients.declined': { unit: 'count', basis: 'flow', better: 'lower', smallest: COUNT,
    label: text('Avböjda klienter', 'Clients declined'),
    description: text('Remisser som utförare avböjde (urval av lätta klienter).', 'Referrals providers declined (selection of easy clients).') },
  'clients.fallback': { unit: 'count', basis: 'flow', better: 'lower', smallest: COUNT,
    label: text('Klienter till reservutföraren', 'Clients sent to fallback'),
    description: text('Remisser som gick till reservutföraren: fullt, avböjda eller hävt avtal.', 'Referrals that went to the fallback provider: full, declined or contract ended.') },
  'outcomes.trueRate': { unit: 'share', basis: 'share', better: 'higher', ratio: ['n.trueGood', 'n.discharged'], smallest: POINT,
    label: text('Andel sant goda utfall', 'True good-outcome rate'),
    description: text('Andel avslutade klienter med sant gott utfall (det kommunen aldrig ser direkt).', 'Share of discharged clients with a true good outcome (what the municipality never sees directly).') },
  'outcomes.observedRate': { unit: 'share', basis: 'share', ratio: ['n.observed', 'n.measured'], smallest: POINT,
    label: text('Uppmätt andel goda utfall', 'Measured good-outcome rate'),
    description: text('Andel goda utfall enligt måttet, bland mätta klienter.', 'Share of good outcomes according to the measure, among measured clients.') },
  'outcomes.attributable': { unit: 'count', basis: 'flow', better: 'higher', smallest: COUNT,
    label: text('Tillskrivbara goda utfall', 'Attributable good outcomes'),
    description: text('Goda utfall som inte hade inträffat utan insatsen (sant minus kontrafaktiskt).', 'Good outcomes that would not have happened without the service (true minus counterfactual).') },
  'outcomes.trueRateFemale': { unit: 'share', basis: 'share', better: 'higher', ratio: ['n.goodFemale', 'n.female'], smallest: POINT,
    label: text('Sant goda utfall, flickor/kvinnor', 'True rate, female'),
    description: text('Andel sant goda utfall bland flickor och kvinnor.', 'True good-outcome rate among girls and women.') },
  'outcomes.trueRateMale': { unit: 'share', basis: 'share', better: 'higher', ratio: ['n.goodMale', 'n.male'], smallest: POINT,
    label: text('Sant goda utfall, pojkar/män', 'True rate, male'),
    description: text('Andel sant goda utfall bland pojkar och män.', 'True good-outcome rate among boys and men.') },
  'outcomes.measuredRateFemale': { unit: 'share', basis: 'share', ratio: ['n.observedFemale', 'n.measuredFemale'], smallest: POINT,
    label: text('Uppmätt andel goda utfall, flickor/kvinnor', 'Measured rate, female'),
    description: text('Andel goda utfall enligt måttet bland mätta flickor och kvinnor, som det registrerades (före eventuellt fusk). Jämför med den sanna andelen: en skillnad som inte finns hos pojkar och män är en könsskillnad i bedömningen.', 'Good-outcome rate according to the measure among measured girls and women, as recorded (before any gaming). Compare with the true rate: a gap that boys and men do not have is a gender bias in the assessment.') },
  'outcomes.measuredRateMale': { unit: 'share', basis: 'share', ratio: ['n.observedMale', 'n.measuredMale'], smallest: POINT,
    label: text('Uppmätt andel goda utfall, pojkar/män', 'Measured rate, male'),
    description: text('Andel goda utfall enligt måttet bland mätta pojkar och män, som det registrerades (före eventuellt fusk).', 'Good-outcome rate according to the measure among measured boys and men, as recorded (before any gaming).') },
  'outcomes.trueRateHighNeed': { unit: 'share', basis: 'share', better: 'higher', ratio: ['n.goodHighNeed', 'n.highNeed'], smallest: POINT,
    label: text('Sant goda utfall, störst behov', 'True rate, highest need'),
    description: text('Andel sant goda utfall bland tredjedelen med störst behov.', 'True good-outcome rate in the third with the highest need.') },
  'outcomes.trueRateLowNeed': { unit: 'share', basis: 'share', better: 'higher', ratio: ['n.goodLowNeed', 'n.lowNeed'], smallest: POINT,
    label: text('Sant goda utfall, minst behov', 'True rate, lowest need'),
    description: text('Andel sant goda utfall bland tredjedelen med minst behov.', 'True good-outcome rate in the third with the lowest need.') },
  'outcomes.unmeasuredRate': { unit: 'share', basis: 'share', better: 'higher', ratio: ['n.unmeasuredGood', 'n.discharged'], smallest: POINT,
    label: text('Inget återfall efter avslut (mäts ej)', 'No relapse after discharge (not measured)'),
    description: text('Förväntad andel avslutade klienter utan återfall inom 12 månader: en kvalitet som avtalet inte mäter.', 'Expected share of discharged clients without relapse within 12 months: a quality the contract does not measure.') },
  'care.hoursDelivered': { unit: 'hours', basis: 'flow', better: 'higher', smallest: COUNT,
    label: text('Vårdtimmar', 'Care hours delivered'),
    description: text('Behandlingstimmar som klienterna faktiskt fick hos avtalade utförare.', 'Treatment hours clients actually received from contracted providers.') },
  'care.hoursToAdmin': { unit: 'hours', basis: 'flow', better: 'lower', smallest: COUNT,
    label: text('Vårdtimmar till administration', 'Care hours lost to administration'),
    description: text('Vårdtimmar som gick till uppföljning och rapportering i stället (noll om uppföljningen tas ur socialsekreterarnas tid).', "Care hours that went to follow-up and reporting instead (zero where follow-up comes out of social workers' time).") },
  'care.outcomesLostToAdmin': { unit: 'count', basis: 'flow', better: 'lower', smallest: COUNT,
    label: text('Goda utfall förlorade av administration', 'Good outcomes lost to administration'),
    description: text('Klienter som hade fått gott utfall om ingen vårdtid gått till administration.', 'Clients who would have had a good outcome had no care time gone to administration.') },
  'providers.revenueMean': { unit: 'SEK', basis: 'perYear', smallest: COST,
    label: text('Intäkt per utförare och år', 'Revenue per provider and year'),
    description: text('Genomsnittlig ersättning per utförare och år.', 'Average payment per provider and year.') },
  'providers.marginMean': { unit: 'share', basis: 'share', ratio: ['n.providerMargin', 'n.providerRevenue'], smallest: POINT,
    label: text('Utförarnas marginal', "Providers' margin"),
    description: text('Alla utförares intäkter minus kostnader, delat med intäkterna (rörelsemarginal för marknaden som helhet).', "All providers' revenue minus cost, over revenue (the operating margin of the market as a whole).") },
  'providers.shareWithLoss': { unit: 'share', basis: 'share', better: 'lower', smallest: POINT,
    label: text('Andel utförare med förlust', 'Share of providers at a loss'),
    description: text('Andel utförare vars kostnader översteg intäkterna under avtalsperioden, i genomsnitt över körningarna.', 'Share of providers whose costs exceeded revenue over the contract, averaged over runs.') },
  'providers.revenueCv': { unit: 'ratio', basis: 'ratio', better: 'lower', smallest: { absolute: 0.01, reason: text('0,01 i variationskoefficient.', '0.01 in coefficient of variation.') },
    label: text('Spridning i ersättning per klientmånad', 'Spread of payment per client-month'),
    description: text('Variationskoefficient mellan utförare i ersättning per klientmånad: utförarnas risk av resultatdelen.', "Coefficient of variation across providers of payment per client-month: the providers' risk from the outcome part.") },
  'providers.terminated': { unit: 'count', basis: 'flow', smallest: { absolute: 0.5, reason: text('Ett halvt avtal per år.', 'Half a contract a year.') },
    label: text('Hävda avtal', 'Contracts ended'),
    description: text('Utförare vars avtal hävdes efter bekräftad allvarlig avvikelse.', 'Providers whose contract was ended after a confirmed serious deviation.') },
  'providers.effortMean': { unit: 'effort', basis: 'ratio', ratio: ['n.effortSum', 'n.effortMonths'], smallest: { absolute: 0.02, reason: text('Två procent av full extra insats.', 'Two per cent of full extra effort.') },
    label: text('Utförarnas extra insats', "Providers' extra effort"),
    description: text('Genomsnittlig vald extra vårdinsats per utförare och månad (0 = grundnivå, 1 = full extra insats).', 'Average extra care effort chosen per provider and month (0 = base level, 1 = full extra effort).') },
  'measurement.reliability': { unit: 'ratio', basis: 'perPeriod', better: 'higher', ratio: ['n.reliabilitySum', 'n.reliabilityPeriods'], smallest: POINTS2,
    label: text('Reliabilitet per period', 'Reliability per period'),
    description: text('Andel av skillnaderna mellan utförares uppmätta andelar som är verkliga skillnader, inte slump (per betalningsperiod).', "Share of the differences between providers' measured rates that are real, not chance (per payment period).") },
  'measurement.reliabilityQualityOnly': { unit: 'ratio', basis: 'perPeriod', better: 'higher', ratio: ['n.reliabilityQualitySum', 'n.reliabilityQualityPeriods'], smallest: POINTS2,
    label: text('Reliabilitet, endast kvalitet som signal', 'Reliability, quality alone as signal'),
    description: text('Som reliabiliteten per period, men skillnader i klientsammansättning räknas som brus: bara skillnader i utförarnas kvalitet är signal. Skillnaden mot reliabiliteten är den del av utförarnas olikheter som beror på vilka klienter de får.', "As reliability per period, but differences in case mix count as noise: only differences in providers' quality are signal. The gap to reliability is the part of providers' differences that comes from the clients they are sent.") },
  'measurement.reliabilityAdjusted': { unit: 'ratio', basis: 'perPeriod', better: 'higher', ratio: ['n.reliabilityAdjustedSum', 'n.reliabilityAdjustedPeriods'], smallest: POINTS2,
    label: text('Reliabilitet, riskjusterad andel', 'Reliability, risk-adjusted rate'),
    description: text('Reliabiliteten per period för den riskjusterade andelen (observerat delat med förväntat); mäts bara med riskjustering.', 'Reliability per period of the risk-adjusted rate (observed over expected); measured only with risk adjustment.') },
  'measurement.rankCorrelation': { unit: 'correlation', basis: 'ratio', better: 'higher', smallest: COEF,
    label: text('Rangkorrelation sann–uppmätt', 'Rank correlation true–measured'),
    description: text('Spearmans korrelation mellan utförarnas sanna kvalitet och deras uppmätta andel under hela perioden, medel över körningarna.', "Spearman correlation between providers' true quality and their measured rate over the whole contract, averaged over runs.") },
  'measurement.rankCorrelationAdjusted': { unit: 'correlation', basis: 'ratio', better: 'higher', smallest: COEF,
    label: text('Rangkorrelation sann–riskjusterad', 'Rank correlation true–risk-adjusted'),
    description: text('Spearmans korrelation mellan utförarnas sanna kvalitet och deras riskjusterade andel (observerat delat med förväntat) under hela perioden; mäts bara med riskjustering.', "Spearman correlation between providers' true quality and their risk-adjusted rate (observed over expected) over the whole contract; measured only with risk adjustment.") },
  'measurement.falseFlagRate': { unit: 'share', basis: 'share', better: 'lower', ratio: ['n.flaggedAcceptable', 'n.acceptablePeriods'], smallest: POINT,
    label: text('Godtagbara utförare felaktigt flaggade', 'Acceptable providers wrongly flagged'),
    description: text('Andel av godtagbara utförares perioder då de flaggades som tydligt avvikande.', "Share of acceptable providers' periods in which they were flagged as clearly deviating.") },
  'measurement.missRate': { unit: 'share', basis: 'share', better: 'lower', ratio: ['n.missedDeficient', 'n.deficientPeriods'], smallest: POINT,
    label: text('Bristande utförare som missas', 'Deficient providers missed'),
    description: text('Andel av bristande utförares perioder då de inte flaggades.', "Share of deficient providers' periods in which they were not flagged.") },
  'measurement.flagPrecision': { unit: 'share', basis: 'share', better: 'higher', ratio: ['n.flaggedDeficient', 'n.flagged'], smallest: POINTS2,
    label: text('Träffsäkerhet i flaggning', 'Flag precision'),
    description: text('Andel av flaggade utförarperioder där utföraren verkligen var bristande.', 'Share of flagged provider-periods in which the provider was truly deficient.') },
  'measurement.bonusToDeficient': { unit: 'share', basis: 'share', better: 'lower', ratio: ['n.bonusToDeficient', 'n.bonusAll'], smallest: POINT,
    label: text('Resultatpengar till bristande utförare', 'Outcome money to deficient providers'),
    description: text('Andel av det som betalades ut utöver dagens dygnsersättning som gick till verkligt bristande utförare.', "Share of what was paid above today's per diem that went to truly deficient providers.") },
  'measurement.gamingInflation': { unit: 'share', basis: 'share', better: 'lower', ratio: ['n.inflated', 'n.measured'], smallest: POINT,
    label: text('Uppblåsning genom egenrapportering', 'Inflation by self-reporting'),
    description: text('Uppmätt andel minus den andel som hade rapporterats utan fusk.', 'Measured rate minus the rate that would have been reported without gaming.') },
  'measurement.deepFollowUps': { unit: 'count', basis: 'flow', smallest: COUNT,
    label: text('Fördjupade uppföljningar', 'Deeper follow-ups'),
    description: text('Antal fördjupade uppföljningar som inspektörerna gjorde.', 'Number of deeper follow-ups the inspectors made.') },
  'clients.placedElsewhere': { unit: 'count', basis: 'flow', smallest: COUNT,
    label: text('Placerade hos annan utförare', 'Placed with another provider'),
    description: text('Remisser till en fullbelagd utförare som togs emot av en annan avtalad utförare med ledig plats i stället för reservutföraren.', 'Referrals to a full provider that another contracted provider with a free place took instead of the fallback.') },
  'providers.replaced': { unit: 'count', basis: 'flow', smallest: { absolute: 0.5, reason: text('Ett halvt avtal per år.', 'Half a contract a year.') },
    label: text('Ersatta avtal', 'Contracts replaced'),
    description: text('Hävda avtal som en ny utförare tog över efter upphandling.', 'Ended contracts that a new provider took over after procurement.') },
  'providers.exited': { unit: 'count', basis: 'flow', better: 'lower', smallest: { absolute: 0.5, reason: text('Ett halvt avtal per år.', 'Half a contract a year.') },
    label: text('Utförare som lämnat', 'Providers that left'),
    description: text('Utförare som vid en avtalsförnyelse lämnade avtalet för att ersättningsmodellen inte gav dem den marginal de kräver ens med största riskpåslag (bara med deltagande påslaget).', 'Providers that left their contract at a renewal because the payment rule did not give them the margin they need even with the largest risk premium (only with participation switched on).') },
  'providers.premiumPaid': { unit: 'SEK', basis: 'flow', better: 'lower', smallest: { absolute: 1_000_000, reason: text('En miljon kronor per år: ungefär sju månaders placering på ett HVB.', "A million kronor a year: about seven months of one youth-home placement.") },
    label: text('Riskpåslag till utförare', 'Risk premium paid to providers'),
    description: text('Påslag på dygnspriset som utförarna tog ut för att bära ersättningsmodellens risk eller lägre förväntade intäkt; ingår i ersättningen och den totala kostnaden (bara med deltagande påslaget).', "Additions to the daily price that providers charged to bear the payment rule's risk or lower expected revenue; included in payments and total cost (only with participation switched on).") },
  'providers.repricingShare': { unit: 'share', basis: 'share', better: 'lower', ratio: ['n.repriced', 'n.participationDecisions'], smallest: POINTS2,
    label: text('Andel utförare som tar riskpåslag', 'Share of providers repricing'),
    description: text('Andel av utförarnas beslut vid avtalets start och förnyelser där utföraren stannade men höjde sitt dygnspris med ett riskpåslag (summor över alla körningar).', 'Share of providers’ decisions at the start of the contract and at renewals in which the provider stayed but raised its daily price by a risk premium (totals over all runs).') },
  'clients.untreated': { unit: 'count', basis: 'flow', better: 'lower', smallest: COUNT,
    label: text('Klienter utan insats', 'Clients without care'),
    description: text('Remisser som varken en avtalad utförare eller reservutföraren kunde ta emot.', 'Referrals neither a contracted provider nor the fallback provider could take.') },
  'investor.invested': { unit: 'SEK', basis: 'contract', smallest: COST,
    label: text('Investerat', 'Invested'),
    description: text('Vad investeraren förskotterade för insatsen under hela kontraktet (socialt utfallskontrakt).', 'What the investor pre-financed for the service over the whole contract (social outcomes contract).') },
  'investor.returned': { unit: 'SEK', basis: 'contract', smallest: COST,
    label: text('Utfallsbetalningar', 'Outcome payments'),
    description: text('Vad utfallsbetalaren betalade investeraren för uppnådda utfall under hela kontraktet.', 'What the outcome payer paid the investor for outcomes achieved over the whole contract.') },
  'investor.multiple': { unit: 'ratio', basis: 'ratio', ratio: ['investor.returned', 'investor.invested'], smallest: { absolute: 0.05, reason: text('Fem öre per investerad krona.', 'Five öre per krona invested.') },
    label: text('Investerarens multipel', "Investor's multiple"),
    description: text('Alla utfallsbetalningar delat med allt investerat, över körningarna (1 = pengarna tillbaka).', 'All outcome payments over all money invested, across runs (1 = money back).') },
  'investor.irr': { unit: 'rate', basis: 'ratio', centre: 'median', smallest: POINT,
    label: text('Investerarens internränta (median)', "Investor's internal rate of return (median)"),
    description: text('Årlig internränta av investerarens daterade kassaflöden; medianen över körningarna, eftersom en total förlust (−100 %) drar ett medelvärde.', "Annual internal rate of return of the investor's dated cash flows; the median over runs, since a total loss (−100 %) drags a mean.") },
  'investor.lossProbability': { unit: 'share', basis: 'share', smallest: POINTS2,
    label: text('Sannolikhet för förlust', 'Probability of a loss'),
    description: text('Andel körningar där investeraren fick tillbaka mindre än den investerade.', 'Share of runs in which the investor got back less than it invested.') },
  'investor.totalLoss': { unit: 'share', basis: 'share', smallest: POINTS2,
    label: text('Sannolikhet för total förlust', 'Probability of a total loss'),
    description: text('Andel körningar där investeraren inte fick tillbaka något alls.', 'Share of runs in which the investor got nothing back.') },
  'investor.paidWithoutEffect': { unit: 'share', basis: 'share', better: 'lower', smallest: POINTS2,
    label: text('Betalt utan effekt', 'Paid without effect'),
    description: text('Andel körningar där kommunen betalade för utfall trots att insatsen inte gav något tillskrivbart gott utfall (de hade inträffat ändå).', 'Share of runs in which the municipality paid for outcomes although the service caused no attributable good outcome (they would have happened anyway).') },
  'investor.declined': { unit: 'share', basis: 'share', better: 'lower', smallest: POINTS2,
    label: text('Investeraren avstår', 'Investor declines'),
    description: text('Andel körningar där investeraren avstod från det sociala utfallskontraktet eftersom den förväntade avkastningen inte nådde dess avkastningskrav; kommunen köpte då insatsen till dygnspris (bara med deltagande påslaget; utan utfallskontrakt mäts den inte).', "Share of runs in which the investor declined the social outcomes contract because the expected return fell short of its hurdle; the municipality then bought the service at the per diem (only with participation switched on; not measured without an outcomes contract).") },
} as const satisfies Record<string, MetricSpec>;

export type MetricId = keyof typeof METRIC_SPECS;

export interface MetricDefinition extends MetricSpec {
  id: MetricId;
}

export const METRICS: readonly MetricDefinition[] = (Object.keys(METRIC_SPECS) as MetricId[]).map((id) => ({ id, ...(METRIC_SPECS[id] as MetricSpec) }));
export const METRIC_IDS: readonly MetricId[] = METRICS.map((d) => d.id);
export const METRIC_COUNT = METRICS.length;

/** Plain metrics read the quantity of their own id: a plain metric without one fails to compile. */
type PlainIds = { [K in MetricId]: (typeof METRIC_SPECS)[K] extends { ratio: readonly [Quantity, Quantity] } ? never : K }[MetricId];
const plainMetricsHaveQuantities: readonly Quantity[] = [] as PlainIds[];
void plainMetricsHaveQuantities;

/** The quantity column a plain metric reads. */
export function plainQuantity(def: MetricDefinition): Quantity {
  return def.id as Quantity;
}

export function metricDefinition(id: MetricId): MetricDefinition {
  return METRICS[METRIC_IDS.indexOf(id)];
}

export function isMetricId(id: string): id is MetricId {
  return Object.prototype.hasOwnProperty.call(METRIC_SPECS, id);
}
