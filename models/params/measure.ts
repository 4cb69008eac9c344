import { choice, num } from '../../src/core/model/ParamSpec.js';
import { SOURCES } from '../sources.js';

/**
 * Parameters of a measure. Which ones apply depends on its kind (`measureKindParams`):
 * a binary indicator, a rating survey, or the social worker's three-level assessment.
 */
export const measureSpecs = {
  validity: num({
    label: { sv: 'Validitet', en: 'Validity' },
    explanation: {
      sv: 'Hur ofta måttet speglar klientens sanna utfall; annars speglar det annat (klientsammansättning, kommunens egna beslut). 1 = alltid.',
      en: "How often the measure reflects the client's true outcome; otherwise it reflects other things (case mix, the municipality's own decisions). 1 = always.",
    },
    unit: 'probability', min: 0, max: 1, default: 0.7,
    estimate: {
      sv: 'Uppskattning: måttet speglar det sanna utfallet i sju fall av tio; resten speglar klientsammansättning och kommunens egna beslut.',
      en: "Estimate: the measure reflects the true outcome seven times in ten; the rest reflects case mix and the municipality's own decisions.",
    },
    range: [0.4, 0.9],
  }),
  otherwiseRate: num({
    label: { sv: 'Utfall när måttet speglar annat', en: 'Rate when the measure reflects other things' },
    explanation: {
      sv: 'Sannolikheten att måttet visar ett gott utfall i de fall då det inte speglar klientens sanna utfall.',
      en: "The probability the measure shows a good outcome in the cases where it does not reflect the client's true outcome.",
    },
    unit: 'probability', min: 0, max: 1, default: 0.4,
    estimate: {
      sv: 'Uppskattning: nära andelen goda utfall i hela gruppen.',
      en: 'Estimate: close to the share of good outcomes in the whole group.',
    },
    range: [0.2, 0.6],
  }),
  sensitivity: num({
    label: { sv: 'Sensitivitet', en: 'Sensitivity' },
    explanation: { sv: 'Sannolikheten att ett gott utfall registreras som gott.', en: 'The probability that a good outcome is recorded as good.' },
    unit: 'probability', min: 0, max: 1, default: 0.95,
    estimate: {
      sv: 'Uppskattning för ett registrerat mått: få goda utfall registreras fel.',
      en: 'Estimate for a recorded measure: few good outcomes are recorded wrongly.',
    },
    range: [0.8, 0.99],
  }),
  specificity: num({
    label: { sv: 'Specificitet', en: 'Specificity' },
    explanation: { sv: 'Sannolikheten att ett dåligt utfall registreras som dåligt.', en: 'The probability that a poor outcome is recorded as poor.' },
    unit: 'probability', min: 0, max: 1, default: 0.95,
    estimate: {
      sv: 'Uppskattning för ett registrerat mått; ett generöst mått (”helt eller delvis”) har lägre.',
      en: 'Estimate for a recorded measure; a lenient one ("fully or partly") has less.',
    },
    range: [0.6, 0.99],
  }),
  responseRate: num({
    label: { sv: 'Svarsfrekvens', en: 'Response rate' },
    explanation: {
      sv: 'Andel av klienter med gott utfall som svarar på enkäten (missnöjda svarar mer sällan, se nästa parameter).',
      en: 'Share of clients with a good outcome who answer the survey (dissatisfied clients answer less, see the next parameter).',
    },
    unit: 'probability', min: 0, max: 1, default: 0.45,
    source: `${SOURCES.skrSurvey}: svarsfrekvens 37 % (2021), 42 % (2022), 48 % (2023)`,
    range: [0.2, 0.7],
  }),
  unhappyResponseRatio: num({
    label: { sv: 'Svarsbenägenhet hos missnöjda', en: 'Response propensity of the dissatisfied' },
    explanation: {
      sv: 'Hur ofta klienter med dåligt utfall svarar, relativt de med gott utfall (0,7 = 30 % mer sällan).',
      en: 'How often clients with a poor outcome answer, relative to those with a good outcome (0.7 = 30 % less often).',
    },
    unit: 'share', min: 0, max: 1, default: 0.7,
    estimate: {
      sv: 'Uppskattning: missnöjda svarar omkring 30 % mer sällan, ett vanligt mönster i brukarenkäter.',
      en: 'Estimate: the dissatisfied answer about 30 % less often, a common pattern in user surveys.',
    },
    range: [0.4, 1],
  }),
  dontKnowShare: num({
    label: { sv: 'Andel ”vet inte”', en: 'Share "don’t know"' },
    explanation: { sv: 'Andel av de svarande som svarar ”vet inte” och därför inte räknas.', en: 'Share of respondents who answer "don’t know" and so are not counted.' },
    unit: 'probability', min: 0, max: 1, default: 0.08,
    estimate: {
      sv: 'Uppskattning.',
      en: 'Estimate.',
    },
    range: [0.02, 0.2],
  }),
  ratingNoiseSd: num({
    label: { sv: 'Brus i skattningen', en: 'Rating noise' },
    explanation: {
      sv: 'Slumpmässig variation i hur en klient skattar samma upplevelse, relativt skillnaden mellan gott och dåligt utfall.',
      en: 'Random variation in how a client rates the same experience, relative to the difference between a good and a poor outcome.',
    },
    unit: 'sd', min: 0, max: 10, default: 0.6,
    estimate: {
      sv: 'Uppskattning: samma upplevelse kan ge ett svar ett steg upp eller ned.',
      en: 'Estimate: the same experience may give an answer one step up or down.',
    },
    range: [0.3, 1.2],
  }),
  ceiling: num({
    label: { sv: 'Takeffekt', en: 'Ceiling effect' },
    explanation: {
      sv: 'Andel av de svarande som ger högsta betyg oavsett utfall.',
      en: 'Share of respondents who give the top rating whatever the outcome.',
    },
    unit: 'probability', min: 0, max: 1, default: 0.15,
    estimate: {
      sv: 'Uppskattning: brukarenkäter har höga andelar i högsta svarsalternativet.',
      en: 'Estimate: user surveys have high shares in the top answer.',
    },
    range: [0.05, 0.3],
  }),
  sexGap: num({
    label: { sv: 'Skillnad i nöjdhet, flickor/kvinnor', en: 'Satisfaction gap, girls/women' },
    explanation: {
      sv: 'Hur mycket lägre flickor och kvinnor skattar vid samma sanna utfall (SKR:s brukarundersökning visar lägre nöjdhet bland flickor 13+).',
      en: 'How much lower girls and women rate at the same true outcome (the SKR user survey shows lower satisfaction among girls aged 13+).',
    },
    unit: 'sd', min: -3, max: 3, default: 0.1,
    source: `${SOURCES.skrSurvey}: kvinnor och flickor något mindre nöjda, störst skillnad bland unga 13+`,
    estimate: {
      sv: 'Storleken är en uppskattning; källan anger riktningen.',
      en: 'The size is an estimate; the source gives the direction.',
    },
    range: [0, 0.3],
  }),
  interRaterSd: num({
    label: { sv: 'Skillnad mellan bedömare', en: 'Inter-rater noise' },
    explanation: {
      sv: 'Hur mycket två socialsekreterare kan skilja sig åt i sin samlade bedömning av samma fall.',
      en: 'How much two social workers can differ in their overall assessment of the same case.',
    },
    unit: 'sd', min: 0, max: 10, default: 0.35,
    estimate: {
      sv: 'Uppskattning; stadens pilot skulle kunna mäta den.',
      en: "Estimate; the city's pilot could measure it.",
    },
    range: [0.15, 0.7],
  }),
  genderBias: num({
    label: { sv: 'Könsskillnad i bedömningen', en: 'Gender bias in the assessment' },
    explanation: {
      sv: 'Hur mycket lägre socialsekreteraren bedömer flickor och kvinnor vid samma sanna utfall (0 = ingen skillnad).',
      en: 'How much lower the social worker assesses girls and women at the same true outcome (0 = no difference).',
    },
    unit: 'sd', min: -3, max: 3, default: 0,
    source: `${SOURCES.followUpModel}, jämställdhetsanalysen: risken för genusbias i bedömningar`,
    estimate: {
      sv: 'Ingen skillnad antas som standard; förslaget pekar ut risken men anger ingen storlek.',
      en: 'No difference is assumed by default; the proposal names the risk but gives no size.',
    },
    range: [0, 0.3],
  }),
  successLevel: choice({
    label: { sv: 'Vad räknas som gott', en: 'What counts as good' },
    explanation: {
      sv: 'Vilken nivå i den samlade bedömningen som räknas som ett gott utfall.',
      en: 'Which level of the overall assessment counts as a good outcome.',
    },
    options: [
      { value: 'approved', label: { sv: 'Godkänd eller mycket bra', en: 'Approved or very good' } },
      { value: 'veryGood', label: { sv: 'Mycket bra', en: 'Very good' } },
    ],
    default: 'approved',
  }),
  lagMonths: choice({
    label: { sv: 'Mättidpunkt', en: 'When measured' },
    explanation: {
      sv: 'Vid avslut, eller 6 eller 12 månader efter; utfall som mäts efter avtalsperioden ger ingen ersättning.',
      en: 'At discharge, or 6 or 12 months after; outcomes measured after the contract period earn nothing.',
    },
    options: [
      { value: '0', label: { sv: 'Vid avslut', en: 'At discharge' } },
      { value: '6', label: { sv: '6 månader efter', en: '6 months after' } },
      { value: '12', label: { sv: '12 månader efter', en: '12 months after' } },
    ],
    default: '0',
  }),
  reporter: choice({
    label: { sv: 'Vem rapporterar', en: 'Who reports' },
    explanation: {
      sv: 'Om utföraren själv rapporterar måttet, eller kommunens socialsekreterare.',
      en: "Whether the provider reports the measure itself, or the municipality's social worker.",
    },
    options: [
      { value: 'socialWorker', label: { sv: 'Socialsekreteraren', en: 'The social worker' } },
      { value: 'provider', label: { sv: 'Utföraren', en: 'The provider' } },
    ],
    default: 'socialWorker',
  }),
} as const;

export type { MeasureKind } from '../../src/core/model/EngineParams.js';
import type { MeasureKind } from '../../src/core/model/EngineParams.js';

/** The parameters that mean something for each kind of measure (the editor shows these). */
export const measureKindParams: Readonly<Record<MeasureKind, ReadonlyArray<keyof typeof measureSpecs>>> = {
  binary: ['validity', 'otherwiseRate', 'sensitivity', 'specificity', 'lagMonths', 'reporter'],
  rating: ['validity', 'otherwiseRate', 'responseRate', 'unhappyResponseRatio', 'dontKnowShare', 'ratingNoiseSd', 'ceiling', 'sexGap', 'lagMonths', 'reporter'],
  assessment: ['validity', 'otherwiseRate', 'interRaterSd', 'genderBias', 'successLevel', 'lagMonths'],
};
