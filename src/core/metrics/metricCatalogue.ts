/**
 * The metrics a run reports (DESIGN §3): stable ids shared by the CLI, the page and the
 * pinned results. Order here is the column order of the per-run metric table.
 * `better` says which direction is good for the municipality and its clients, for the
 * plain-words comparison; `undefined` where it depends on the question.
 */
import type { Text } from '../model/ParamSpec.js';

export type MetricUnit = 'SEK' | 'SEK/year' | 'share' | 'count' | 'hours' | 'correlation' | 'ratio' | 'rate';

export interface MetricDefinition {
  id: string;
  unit: MetricUnit;
  label: Text;
  description: Text;
  better?: 'higher' | 'lower';
}

const m = (id: string, unit: MetricUnit, sv: string, en: string, dsv: string, den: string, better?: 'higher' | 'lower'): MetricDefinition =>
  ({ id, unit, label: { sv, en }, description: { sv: dsv, en: den }, better });

export const METRICS: readonly MetricDefinition[] = [
  m('purchaser.totalCost', 'SEK', 'Total kostnad', 'Total cost', 'Ersättningar, uppföljning, granskning och reservplaceringar under avtalsperioden.', 'Payments, follow-up, audits and fallback care over the contract period.', 'lower'),
  m('purchaser.payments', 'SEK', 'Ersättning till utförare', 'Payments to providers', 'Summan av alla utbetalningar till avtalade utförare, efter sanktioner.', 'All payments to contracted providers, after sanctions.', 'lower'),
  m('purchaser.followUpCost', 'SEK', 'Uppföljningskostnad', 'Follow-up cost', 'Socialsekreterarnas extra tid för mätningen, i kronor.', "Social workers' extra time for the measurement, in SEK.", 'lower'),
  m('purchaser.auditCost', 'SEK', 'Granskningskostnad', 'Audit cost', 'Inspektörernas tid för fördjupade uppföljningar, i kronor.', "Inspectors' time for deeper follow-ups, in SEK.", 'lower'),
  m('purchaser.fallbackCost', 'SEK', 'Kostnad för reservplaceringar', 'Fallback cost', 'Vård hos reservutföraren för klienter som inte togs emot.', 'Care at the fallback provider for clients who were not taken.', 'lower'),
  m('purchaser.costPerTrueOutcome', 'SEK', 'Kostnad per gott utfall', 'Cost per true good outcome', 'Total kostnad delad med antalet klienter med sant gott utfall.', 'Total cost divided by the number of clients with a true good outcome.', 'lower'),
  m('purchaser.costPerAttributableOutcome', 'SEK', 'Kostnad per tillskrivbart utfall', 'Cost per attributable outcome', 'Total kostnad delad med antalet goda utfall som inte hade inträffat utan insatsen.', 'Total cost divided by the good outcomes that would not have happened without the service.', 'lower'),
  m('clients.served', 'count', 'Klienter hos avtalade utförare', 'Clients served', 'Klienter som påbörjade en insats hos en avtalad utförare under perioden.', 'Clients who started care with a contracted provider in the period.'),
  m('clients.declined', 'count', 'Avböjda klienter', 'Clients declined', 'Remisser som utförare avböjde (urval av lätta klienter).', 'Referrals providers declined (selection of easy clients).', 'lower'),
  m('clients.fallback', 'count', 'Klienter till reservutföraren', 'Clients sent to fallback', 'Remisser som gick till reservutföraren: fullt, avböjda eller hävt avtal.', 'Referrals that went to the fallback provider: full, declined or contract ended.', 'lower'),
  m('outcomes.trueRate', 'share', 'Andel sant goda utfall', 'True good-outcome rate', 'Andel avslutade klienter med sant gott utfall (det kommunen aldrig ser direkt).', 'Share of discharged clients with a true good outcome (what the municipality never sees directly).', 'higher'),
  m('outcomes.observedRate', 'share', 'Observerad andel goda utfall', 'Observed good-outcome rate', 'Andel goda utfall enligt måttet, bland mätta klienter.', 'Share of good outcomes according to the measure, among measured clients.'),
  m('outcomes.attributable', 'count', 'Tillskrivbara goda utfall', 'Attributable good outcomes', 'Goda utfall som inte hade inträffat utan insatsen (sant minus kontrafaktiskt).', 'Good outcomes that would not have happened without the service (true minus counterfactual).', 'higher'),
  m('outcomes.trueRateFemale', 'share', 'Sant goda utfall, flickor/kvinnor', 'True rate, female', 'Andel sant goda utfall bland flickor och kvinnor.', 'True good-outcome rate among girls and women.', 'higher'),
  m('outcomes.trueRateMale', 'share', 'Sant goda utfall, pojkar/män', 'True rate, male', 'Andel sant goda utfall bland pojkar och män.', 'True good-outcome rate among boys and men.', 'higher'),
  m('outcomes.trueRateHighNeed', 'share', 'Sant goda utfall, störst behov', 'True rate, highest need', 'Andel sant goda utfall bland tredjedelen med störst behov.', 'True good-outcome rate in the third with the highest need.', 'higher'),
  m('outcomes.trueRateLowNeed', 'share', 'Sant goda utfall, minst behov', 'True rate, lowest need', 'Andel sant goda utfall bland tredjedelen med minst behov.', 'True good-outcome rate in the third with the lowest need.', 'higher'),
  m('care.hoursDelivered', 'hours', 'Vårdtimmar', 'Care hours delivered', 'Behandlingstimmar som klienterna faktiskt fick hos avtalade utförare.', 'Treatment hours clients actually received from contracted providers.', 'higher'),
  m('care.hoursToAdmin', 'hours', 'Timmar till administration', 'Hours lost to administration', 'Vårdtimmar som gick till uppföljning och rapportering i stället.', 'Care hours that went to follow-up and reporting instead.', 'lower'),
  m('care.outcomesLostToAdmin', 'count', 'Goda utfall förlorade av administration', 'Good outcomes lost to administration', 'Klienter som hade fått gott utfall om ingen vårdtid gått till administration.', 'Clients who would have had a good outcome had no care time gone to administration.', 'lower'),
  m('providers.revenueMean', 'SEK/year', 'Utförarnas intäkt per år', "Providers' revenue per year", 'Genomsnittlig ersättning per utförare och år.', 'Average payment per provider and year.'),
  m('providers.marginMean', 'share', 'Utförarnas marginal', "Providers' margin", 'Genomsnittlig rörelsemarginal (intäkt minus kostnad, delat med intäkt).', 'Average operating margin (revenue minus cost, over revenue).'),
  m('providers.shareWithLoss', 'share', 'Andel utförare med förlust', 'Share of providers at a loss', 'Andel utförare vars kostnader översteg intäkterna under perioden.', 'Share of providers whose costs exceeded revenue over the period.', 'lower'),
  m('providers.revenueCv', 'ratio', 'Spridning i ersättning per klientmånad', 'Spread of payment per client-month', 'Variationskoefficient mellan utförare i ersättning per klientmånad: utförarnas risk av resultatdelen.', "Coefficient of variation across providers of payment per client-month: the providers' risk from the outcome part.", 'lower'),
  m('providers.terminated', 'count', 'Hävda avtal', 'Contracts ended', 'Utförare vars avtal hävdes efter bekräftad allvarlig avvikelse.', 'Providers whose contract was ended after a confirmed serious deviation.'),
  m('measurement.reliability', 'ratio', 'Reliabilitet per period', 'Reliability per period', 'Andel av skillnaderna mellan utförares observerade andelar som är verkliga skillnader, inte slump (per betalningsperiod).', "Share of the differences between providers' observed rates that are real, not chance (per payment period).", 'higher'),
  m('measurement.rankCorrelation', 'correlation', 'Rangkorrelation sann–observerad', 'Rank correlation true–observed', 'Spearmans korrelation mellan utförarnas sanna kvalitet och deras observerade andel under hela perioden.', "Spearman correlation between providers' true quality and their observed rate over the whole period.", 'higher'),
  m('measurement.falseFlagRate', 'share', 'Godtagbara utförare felaktigt flaggade', 'Acceptable providers wrongly flagged', 'Andel av godtagbara utförares perioder då de flaggades som tydligt avvikande.', "Share of acceptable providers' periods in which they were flagged as clearly deviating.", 'lower'),
  m('measurement.missRate', 'share', 'Bristande utförare som missas', 'Deficient providers missed', 'Andel av bristande utförares perioder då de inte flaggades.', "Share of deficient providers' periods in which they were not flagged.", 'lower'),
  m('measurement.gamingInflation', 'share', 'Uppblåsning genom egenrapportering', 'Inflation by self-reporting', 'Observerad andel minus den andel som hade rapporterats utan fusk.', 'Observed rate minus the rate that would have been reported without gaming.', 'lower'),
  m('measurement.deepFollowUps', 'count', 'Fördjupade uppföljningar', 'Deeper follow-ups', 'Antal fördjupade uppföljningar som inspektörerna gjorde.', 'Number of deeper follow-ups the inspectors made.'),
  // Provider behaviour and the social outcomes contract (appended: earlier columns keep their place).
  m('providers.effortMean', 'share', 'Utförarnas extra insats', "Providers' extra effort", 'Genomsnittlig vald extra vårdinsats per utförare och månad (0 = grundnivå, 1 = full extra insats).', 'Average extra care effort chosen per provider and month (0 = base level, 1 = full extra effort).'),
  m('outcomes.unmeasuredRate', 'share', 'Inget återfall efter avslut (mäts ej)', 'No relapse after discharge (not measured)', 'Förväntad andel avslutade klienter utan återfall inom 12 månader: en kvalitet som avtalet inte mäter.', 'Expected share of discharged clients without relapse within 12 months: a quality the contract does not measure.', 'higher'),
  m('clients.untreated', 'count', 'Klienter utan insats', 'Clients without care', 'Remisser som varken en avtalad utförare eller reservutföraren kunde ta emot.', 'Referrals neither a contracted provider nor the fallback provider could take.', 'lower'),
  m('investor.invested', 'SEK', 'Investerat', 'Invested', 'Vad investeraren förskotterade för insatsen (socialt utfallskontrakt).', 'What the investor pre-financed for the service (social outcomes contract).'),
  m('investor.returned', 'SEK', 'Utfallsbetalningar', 'Outcome payments', 'Vad utfallsbetalaren betalade investeraren för uppnådda utfall.', 'What the outcome payer paid the investor for outcomes achieved.'),
  m('investor.multiple', 'ratio', 'Investerarens multipel', "Investor's multiple", 'Utfallsbetalningar delat med investerat belopp (1 = pengarna tillbaka).', 'Outcome payments divided by the amount invested (1 = money back).'),
  m('investor.irr', 'rate', 'Investerarens internränta', "Investor's internal rate of return", 'Årlig internränta av investerarens daterade kassaflöden; −100 % om inget betalades tillbaka.', "Annual internal rate of return of the investor's dated cash flows; −100 % if nothing was paid back."),
  m('investor.lossProbability', 'share', 'Sannolikhet för förlust', 'Probability of a loss', 'Andel körningar där investeraren fick tillbaka mindre än den investerade.', 'Share of runs in which the investor got back less than it invested.'),
  m('investor.paidWithoutEffect', 'share', 'Betalt utan effekt', 'Paid without effect', 'Andel körningar där kommunen betalade för utfall trots att insatsen inte gav något tillskrivbart gott utfall (de hade inträffat ändå).', 'Share of runs in which the municipality paid for outcomes although the service caused no attributable good outcome (they would have happened anyway).', 'lower'),
];

export const METRIC_IDS: readonly string[] = METRICS.map((d) => d.id);
export const METRIC_COUNT = METRICS.length;

/** Column index of each metric in the per-run table, by id. */
export const MI: Readonly<Record<string, number>> = Object.fromEntries(METRIC_IDS.map((id, i) => [id, i]));
