/**
 * The glossary: every term and abbreviation the page uses, explained in a sentence or two.
 * `match` finds the term in a label or explanation, so each parameter links to the entries
 * its own words need (no unexplained abbreviations).
 */
import type { Text } from '../core/model/ParamSpec.js';
import type { Lang } from './Lang.js';

export interface GlossaryEntry {
  id: string;
  term: Text;
  definition: Text;
  /** Patterns (case-insensitive) that mention the term, per language. */
  match: { sv: RegExp; en: RegExp };
}

const e = (id: string, term: Text, definition: Text, sv: RegExp, en: RegExp): GlossaryEntry => ({ id, term, definition, match: { sv, en } });

export const GLOSSARY: readonly GlossaryEntry[] = [
  e('reliability', { sv: 'Reliabilitet', en: 'Reliability' },
    { sv: 'Hur stor del av skillnaderna mellan utförares uppmätta resultat som är verkliga skillnader och inte slump. 0 = bara slump, 1 = bara verkliga skillnader. Med få klienter per utförare blir reliabiliteten låg.', en: "How much of the differences between providers' measured results are real differences rather than chance. 0 = chance only, 1 = real differences only. With few clients per provider, reliability is low." },
    /reliabilitet/i, /reliability/i),
  e('validity', { sv: 'Validitet', en: 'Validity' },
    { sv: 'Hur väl ett mått speglar det man vill mäta, här klientens sanna utfall. Ett mått med låg validitet påverkas också av sådant utföraren inte styr över, till exempel kommunens egna beslut.', en: "How well a measure reflects what it is meant to measure, here the client's true outcome. A measure with low validity also moves with things the provider does not control, such as the municipality's own decisions." },
    /validitet/i, /validity/i),
  e('riskAdjustment', { sv: 'Riskjustering', en: 'Risk adjustment' },
    { sv: 'Utförarens resultat jämförs med det resultat som kunde förväntas för just dess klienter (observerat/förväntat), så att en utförare med svårare klienter inte straffas för det.', en: 'A provider\'s result is compared with the result expected for its own clients (observed/expected), so a provider with harder clients is not penalised for it.' },
    /riskjuster|observerat\s*\/\s*förväntat/i, /risk[- ]adjust|observed\s*\/\s*expected/i),
  e('withhold', { sv: 'Innehållen ersättning', en: 'Withhold' },
    { sv: 'En del av ersättningen hålls inne och betalas ut i efterhand i den mån utföraren når målnivån.', en: 'Part of the payment is held back and paid out afterwards to the extent the provider reaches the target.' },
    /innehåll/i, /withh(o|e)ld/i),
  e('corridor', { sv: 'Riskkorridor, tak och golv', en: 'Risk corridor, cap and floor' },
    { sv: 'Gränser för hur mycket resultatdelen kan höja (tak) eller sänka (golv) ersättningen, som andel av grundersättningen. Begränsar både utförarens och kommunens risk.', en: "Limits on how far the outcome part can raise (cap) or lower (floor) the payment, as a share of the base payment. It limits both the provider's and the municipality's risk." },
    /korridor|\btak\b|\bgolv\b|taket|golvet/i, /corridor|\bcap\b|\bfloor\b/i),
  e('threshold', { sv: 'Tröskelbonus och målnivå', en: 'Threshold bonus and target' },
    { sv: 'En klumpsumma som betalas när den uppmätta andelen goda utfall når målnivån. En skarp tröskel ger stora följder av små slumpskillnader; en utjämnad tröskel fasar in bonusen.', en: 'A lump sum paid when the measured share of good outcomes reaches the target. A sharp threshold gives large consequences to small chance differences; a smoothed one phases the bonus in.' },
    /tröskel|målnivå/i, /threshold|target/i),
  e('tournament', { sv: 'Relativ ersättning (turnering)', en: 'Relative payment (tournament)' },
    { sv: 'Utförare jämförs med varandra: de bästa får bonus och de som avviker tydligt nedåt granskas. Utfallet för en utförare beror då också på de andras resultat.', en: "Providers are compared with each other: the best get a bonus and those clearly below are examined. One provider's outcome then also depends on the others' results." },
    /turnering|toppgrupp|relativ ersättning/i, /tournament|top group|relative payment/i),
  e('attributable', { sv: 'Tillskrivbart utfall', en: 'Attributable outcome' },
    { sv: 'Ett gott utfall som inte hade inträffat utan insatsen: sant utfall minus det kontrafaktiska. Simuleringen känner till det; en kommun kan aldrig se det direkt.', en: 'A good outcome that would not have happened without the service: the true outcome minus the counterfactual. The simulation knows it; a municipality never sees it directly.' },
    /tillskrivbar/i, /attributable/i),
  e('counterfactual', { sv: 'Kontrafaktiskt utfall', en: 'Counterfactual outcome' },
    { sv: 'Det utfall klienten hade fått utan insatsen. Det går inte att observera, men modellen räknar med det för att skilja insatsens effekt från det som hade hänt ändå.', en: 'The outcome the client would have had without the service. It cannot be observed, but the model uses it to separate the effect of the service from what would have happened anyway.' },
    /kontrafaktisk|utan insats/i, /counterfactual|without the service/i),
  e('crn', { sv: 'Gemensamma slumptal', en: 'Common random numbers' },
    { sv: 'Alla utformningar körs med samma frö och samma antal körningar, så att körning nummer 17 har samma klienter, utförare och slump i alla. Skillnaden mellan två utformningar är då utformningens effekt, inte tur.', en: 'All designs are run with the same seed and number of runs, so run number 17 has the same clients, providers and chance in each. The difference between two designs is then the effect of the design, not luck.' },
    /gemensamma slumptal/i, /common random numbers/i),
  e('run', { sv: 'Körning (Monte Carlo)', en: 'Run (Monte Carlo)' },
    { sv: 'En körning är ett möjligt förlopp för hela avtalsperioden: alla klienter, mätningar och betalningar. Resultaten visas som fördelningar över många körningar.', en: 'A run is one possible course of the whole contract period: all clients, measurements and payments. Results are shown as distributions over many runs.' },
    /\bkörning(ar|en|arna)?\b|monte carlo/i, /\bruns?\b|monte carlo/i),
  e('seed', { sv: 'Frö', en: 'Seed' },
    { sv: 'Talet som bestämmer slumpen. Samma scenario med samma frö ger exakt samma resultat på vilken dator som helst.', en: 'The number that determines the chance draws. The same scenario with the same seed gives exactly the same results on any computer.' },
    /(^|[^a-zåäö])frö(et|t)?($|[^a-zåäö])/i, /\bseed\b/i),
  e('interval', { sv: 'Percentil och 90 %-intervall', en: 'Percentile and 90 % interval' },
    { sv: 'p05 och p95 är värdena som 5 % respektive 95 % av körningarna ligger under. Mellan dem ligger 90 % av körningarna; p50 är medianen.', en: 'p05 and p95 are the values below which 5 % and 95 % of runs lie. Between them lie 90 % of runs; p50 is the median.' },
    /percentil|\bp05\b|\bp95\b|intervall/i, /percentile|\bp05\b|\bp95\b|interval/i),
  e('mcse', { sv: 'Medelfel (Monte Carlo)', en: 'Monte Carlo standard error' },
    { sv: 'Hur osäkert ett medelvärde är på grund av att antalet körningar är begränsat: standardavvikelsen delad med roten ur antalet körningar. Fler körningar ger mindre medelfel.', en: 'How uncertain a mean is because the number of runs is limited: the standard deviation divided by the square root of the number of runs. More runs give a smaller error.' },
    /medelfel/i, /standard error/i),
  e('sensitivity', { sv: 'Sensitivitet och specificitet', en: 'Sensitivity and specificity' },
    { sv: 'Sensitivitet: andelen verkliga fall som upptäcks. Specificitet: andelen icke-fall som korrekt inte pekas ut.', en: 'Sensitivity: the share of real cases that are detected. Specificity: the share of non-cases correctly left alone.' },
    /sensitivitet|specificitet|träffsäkerhet/i, /sensitivity|specificity/i),
  e('logOdds', { sv: 'Logodds', en: 'Log-odds' },
    { sv: 'Ett mått på sannolikhet som används i modellen: logaritmen av p/(1−p). 0 motsvarar 50 %, −0,85 ungefär 30 % och +0,85 ungefär 70 %. Effekter adderas på denna skala.', en: 'A measure of probability used in the model: the logarithm of p/(1−p). 0 is 50 %, −0.85 about 30 % and +0.85 about 70 %. Effects add on this scale.' },
    /logodds/i, /log-odds/i),
  e('sd', { sv: 'Standardavvikelse', en: 'Standard deviation' },
    { sv: 'Ett mått på spridning: ungefär två tredjedelar av värdena ligger inom en standardavvikelse från medelvärdet.', en: 'A measure of spread: about two thirds of values lie within one standard deviation of the mean.' },
    /standardavvikelse|spridning/i, /standard deviation|spread/i),
  e('flagging', { sv: 'Flaggning och tydlig avvikelse', en: 'Flagging and clear deviation' },
    { sv: 'En utförare flaggas när dess uppmätta andel ligger så långt från genomsnittet (mätt i standardfel, z) att det sällan händer av slump. Felaktigt flaggad: en godtagbar utförare pekas ut. Missad: en bristande utförare pekas inte ut.', en: "A provider is flagged when its measured rate lies so far from the average (measured in standard errors, z) that it rarely happens by chance. Wrongly flagged: an acceptable provider is singled out. Missed: a deficient provider is not." },
    /flagg|avvik|missa/i, /flag|deviat|missed/i),
  e('deficient', { sv: 'Verkligt bristande utförare', en: 'Truly deficient provider' },
    { sv: 'En utförare vars sanna effekt ligger bland de sämsta i sitt marknadssegment: en fast andel (16 % som standard, alltså 7 av 40) av utförarna, de med lägst sann kvalitet. Antalet är detsamma i varje körning och varje marknad; vilka utförare det är beror på marknadens dragning. Simuleringen vet vilka de är; kommunen vet det aldrig. IVO fann omfattande brister i nära hälften av landets HVB och stödboenden (2020), så den verkliga andelen kan vara högre.', en: "A provider whose true effect is among the worst in its market segment: a fixed share (16 % by default, so 7 of 40) of the providers, those with the lowest true quality. The count is the same in every run and every market; which providers they are depends on the market's draw. The simulation knows which they are; the municipality never does. IVO found extensive deficiencies in nearly half of Sweden's HVB and supported housing (2020), so the real share may be higher." },
    /bristande/i, /deficient/i),
  e('margin', { sv: 'Rörelsemarginal', en: 'Operating margin' },
    { sv: 'Utförarens intäkt minus kostnad, som andel av intäkten. Under noll går utföraren med förlust.', en: "The provider's revenue minus cost, as a share of revenue. Below zero the provider makes a loss." },
    /marginal|rörelsemarginal|förlust/i, /margin|\bloss\b/i),
  e('perDiem', { sv: 'Dygnsersättning', en: 'Per diem' },
    { sv: 'Dagens modell: ett fast pris per klient och dygn, oavsett utfall.', en: "Today's model: a fixed price per client and day, whatever the outcome." },
    /dygnsersättning/i, /per diem/i),
  e('fallback', { sv: 'Reservutförare', en: 'Fallback provider' },
    { sv: 'Där klienter hamnar när ingen avtalad utförare tar emot dem: egen regi eller en direktupphandlad placering, ofta dyrare.', en: 'Where clients go when no contracted provider takes them: in-house care or a directly awarded placement, often more expensive.' },
    /reservutförar/i, /fallback/i),
  e('doseResponse', { sv: 'Dos–respons', en: 'Dose–response' },
    { sv: 'Hur effekten av vården beror på hur mycket vård som faktiskt ges. Tid som går till uppföljning och rapportering tas från vården och sänker effekten.', en: 'How the effect of care depends on how much care is actually given. Time that goes to follow-up and reporting is taken from care and lowers the effect.' },
    /dos–respons|dos-respons/i, /dose–response|dose-response/i),
  e('ceiling', { sv: 'Takeffekt', en: 'Ceiling effect' },
    { sv: 'När många svarar med högsta betyget oavsett hur det gått, så att måttet inte kan skilja bra från mycket bra.', en: 'When many answer with the top rating whatever happened, so the measure cannot tell good from very good.' },
    /takeffekt/i, /ceiling/i),
  e('interRater', { sv: 'Bedömarskillnad', en: 'Inter-rater noise' },
    { sv: 'Att två bedömare kan bedöma samma fall olika. Ger slumpmässiga skillnader mellan utförare som inte beror på vården.', en: 'That two assessors can judge the same case differently. It adds chance differences between providers that do not come from care.' },
    /bedömare|bedömarskillnad|inter-rater/i, /inter-rater|assessor/i),
  e('rankCorrelation', { sv: 'Rangkorrelation', en: 'Rank correlation' },
    { sv: 'Hur väl ordningen mellan utförare enligt måttet stämmer med ordningen enligt deras sanna kvalitet (Spearman): 1 = samma ordning, 0 = inget samband.', en: "How well the order of providers by the measure agrees with their order by true quality (Spearman): 1 = same order, 0 = no relation." },
    /rangkorrelation/i, /rank correlation/i),
  e('z', { sv: 'z-värde', en: 'z value' },
    { sv: 'Avstånd från genomsnittet mätt i standardfel. 1,96 betyder att en så stor avvikelse uppstår av slump i ungefär 5 % av fallen.', en: 'Distance from the average in standard errors. 1.96 means a deviation that large arises by chance in about 5 % of cases.' },
    /\(z\)|z-värde/i, /\(z\)|z value/i),
  e('marketShare', { sv: 'Andel av spridningen från marknaden', en: 'Share of spread from the market' },
    { sv: 'Med fasta utförare beror resultatet på vilken marknad staden råkar ha. Delas körningarna på flera marknader (var och en med sina egna utförare) visar andelen hur stor del av spridningen mellan körningarna som förklaras av vilken marknad det är, i stället för av slumpen inom en marknad. Nära 0: marknaden spelar liten roll; nära 1: svaret hänger mest på marknaden.', en: 'With fixed providers, the result depends on which market the city happens to have. When the runs are split among several markets (each with its own providers), the share says how much of the spread between runs is explained by which market it is, rather than by chance within a market. Near 0: the market matters little; near 1: the answer depends mostly on the market.' },
    /andel av spridningen från marknaden|marknader att dela/i, /share of spread from the market|number of markets/i),
  e('hvb', { sv: 'HVB', en: 'HVB' },
    { sv: 'Hem för vård eller boende: dygnsvård för barn, unga eller vuxna, enligt socialtjänstlagen.', en: 'Hem för vård eller boende: residential care homes for children, youth or adults under the Social Services Act.' },
    /\bHVB\b/, /\bHVB\b/),
  e('ihf', { sv: 'IHF', en: 'IHF' },
    { sv: 'Intensiv hembaserad familjebehandling: öppenvård där behandlaren arbetar med familjen i hemmet.', en: 'Intensive home-based family therapy: outpatient care where the therapist works with the family at home.' },
    /\bIHF\b/, /\bIHF\b/),
  e('tfco', { sv: 'TFCO', en: 'TFCO' },
    { sv: 'Treatment Foster Care Oregon: placering i ett tränat familjehem med ett behandlingsteam runt den unga.', en: 'Treatment Foster Care Oregon: placement with a trained foster family and a treatment team around the young person.' },
    /\bTFCO\b/, /\bTFCO\b/),
  e('skr', { sv: 'SKR', en: 'SKR' },
    { sv: 'Sveriges Kommuner och Regioner, som bland annat gör den nationella brukarundersökningen inom individ- och familjeomsorgen.', en: 'Swedish Association of Local Authorities and Regions, which among other things runs the national user survey in individual and family care.' },
    /\bSKR\b/, /\bSKR\b/),
  e('lovLou', { sv: 'LOV och LOU', en: 'LOV and LOU' },
    { sv: 'Lagen om valfrihetssystem (fritt val mellan godkända utförare) och lagen om offentlig upphandling.', en: 'The Act on System of Choice (free choice among approved providers) and the Public Procurement Act.' },
    /\bLOV\b|\bLOU\b/, /\bLOV\b|\bLOU\b/),
  e('files', { sv: 'CSV, PNG, SVG och JSON', en: 'CSV, PNG, SVG and JSON' },
    { sv: 'Filformat: CSV är en tabell som öppnas i Excel, PNG en bild, SVG en skalbar bild för trycksaker och JSON scenariofilen som går att ladda in igen.', en: 'File formats: CSV is a table that opens in Excel, PNG an image, SVG a scalable image for print and JSON the scenario file that can be loaded again.' },
    /\bCSV\b|\bPNG\b|\bSVG\b|\bJSON\b/, /\bCSV\b|\bPNG\b|\bSVG\b|\bJSON\b/),
];

/** Glossary entries mentioned in a text, in glossary order. */
/**
 * The entries whose term a text mentions as a word of its own: a match must start a word, so
 * "avvikelse" (deviation) is found in "tydlig avvikelse" but not inside "standardavvikelse"
 * (standard deviation). Matches may run on into a compound ("riskjusterad"), as Swedish does.
 */
export function termsIn(text: string, lang: Lang): GlossaryEntry[] {
  return GLOSSARY.filter((g) => startsAWord(text, g.match[lang]));
}

function startsAWord(text: string, re: RegExp): boolean {
  const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of text.matchAll(all)) {
    const before = m.index > 0 ? text[m.index - 1] : '';
    if (!/[\p{L}\p{N}]/u.test(before)) return true;
  }
  return false;
}
