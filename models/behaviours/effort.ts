import { count, flag, num } from '../../src/core/model/ParamSpec.js';

/**
 * Effort: at the start of each payment period every
 * provider picks an extra effort e in [0, 1] from a grid, to maximise its expected margin
 * under the rule in force. Effort adds maxGain·e(2 − e) to its effect in log-odds (diminishing
 * returns) and costs costShare·e of its cost per client-month.
 */
export const effortSpecs = {
  enabled: flag({
    label: { sv: 'Utförarna väljer insats', en: 'Providers choose effort' },
    explanation: {
      sv: 'Varje utförare väljer varje period hur mycket extra vårdinsats den gör, så att den förväntade marginalen under ersättningsmodellen blir så stor som möjligt. Med ren dygnsersättning lönar sig ingen extra insats.',
      en: 'Each period every provider chooses how much extra care effort to make so that its expected margin under the payment rule is as large as possible. Under a flat per diem no extra effort pays.',
    },
    default: false,
  }),
  maxGain: num({
    label: { sv: 'Effekt av full extra insats', en: 'Effect of full extra effort' },
    explanation: {
      sv: 'Hur mycket full extra insats höjer logodds för gott utfall. Avtagande avkastning: halv insats ger tre fjärdedelar av effekten.',
      en: 'How much full extra effort raises the log-odds of a good outcome. Diminishing returns: half the effort gives three quarters of the effect.',
    },
    unit: 'log-odds', min: 0, max: 3, default: 0.5,
    estimate: {
      sv: 'Uppskattning: samma storleksordning som skillnaden mellan utförare.',
      en: 'Estimate: of the order of the spread between providers.',
    },
    range: [0.2, 1],
  }),
  costShare: num({
    label: { sv: 'Kostnad för full extra insats', en: 'Cost of full extra effort' },
    explanation: {
      sv: 'Vad full extra insats kostar utföraren, som andel av dess kostnad per klientmånad (0,05 = 5 % dyrare vård).',
      en: "What full extra effort costs the provider, as a share of its cost per client-month (0.05 = care 5 % dearer).",
    },
    unit: 'share', min: 0, max: 2, default: 0.05,
    estimate: {
      sv: 'Uppskattning: full extra insats gör vården 5 % dyrare.',
      en: 'Estimate: full extra effort makes care 5 % dearer.',
    },
    range: [0.02, 0.15],
  }),
  levels: count({
    label: { sv: 'Antal insatsnivåer', en: 'Number of effort levels' },
    explanation: {
      sv: 'Hur många nivåer mellan ingen och full extra insats utförarna väljer mellan (jämnt fördelade).',
      en: 'How many levels from no to full extra effort providers choose among (evenly spaced).',
    },
    min: 2, max: 41, default: 11,
    estimate: {
      sv: 'Modellval: fin nog för att valet inte ska bero på rutnätet.',
      en: 'A modelling choice: fine enough that the choice does not depend on the grid.',
    },
    range: [5, 21],
  }),
} as const;
