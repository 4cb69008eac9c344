import { flag, num } from '../../src/core/model/ParamSpec.js';

/**
 * Multitasking: providers move attention from an unmeasured quality dimension
 * (here: no relapse within 12 months after discharge) to the measured indicator, in proportion
 * to the payment weight on the indicator. The unmeasured outcome is always reported
 * (outcomes.unmeasuredRate), so a design can be compared with its baseline on it.
 */
export const multitaskingSpecs = {
  enabled: flag({
    label: { sv: 'Utförarna styr om mot det mätta', en: 'Providers shift towards what is measured' },
    explanation: {
      sv: 'Utförarna flyttar uppmärksamhet från det som inte mäts (återfall efter avslut) till måttet som ger betalt, mer ju större del av ersättningen som hänger på måttet.',
      en: 'Providers move attention from what is not measured (relapse after discharge) to the measure that pays, more the larger the share of payment that hangs on the measure.',
    },
    default: false,
  }),
  strength: num({
    label: { sv: 'Omfördelning per betalningsvikt', en: 'Shift per unit of payment weight' },
    explanation: {
      sv: 'Hur många logoddsenheter som flyttas från det omätta till det mätta utfallet när hela ersättningen hänger på måttet (proportionellt mindre när en mindre andel gör det).',
      en: 'How many log-odds units move from the unmeasured to the measured outcome when the whole payment hangs on the measure (proportionally less when a smaller share does).',
    },
    unit: 'log-odds', min: 0, max: 20, default: 3,
    estimate: {
      sv: 'Uppskattning; ingen studie anger storleken.',
      en: 'Estimate; no study gives the size.',
    },
    range: [1, 6],
  }),
  maxShift: num({
    label: { sv: 'Största omfördelning', en: 'Largest shift' },
    explanation: {
      sv: 'Högst så många logoddsenheter flyttas, hur mycket måttet än betalar.',
      en: 'At most this many log-odds units move, however much the measure pays.',
    },
    unit: 'log-odds', min: 0, max: 5, default: 0.5,
    estimate: {
      sv: 'Uppskattning: högst samma storleksordning som en genomsnittlig utförares effekt.',
      en: "Estimate: at most of the order of an average provider's effect.",
    },
    range: [0.2, 1],
  }),
  unmeasuredLogOdds: num({
    label: { sv: 'Inget återfall utan insats (logodds)', en: 'No relapse without the service (log-odds)' },
    explanation: {
      sv: 'Logodds för att en klient med genomsnittligt behov inte återfaller inom 12 månader efter avslut utan insatsen; −0,4 motsvarar 40 %. Utförarens kvalitet höjer den som för det mätta utfallet.',
      en: "Log-odds that a client of average need does not relapse within 12 months after discharge without the service; −0.4 is 40 %. The provider's quality raises it as it raises the measured outcome.",
    },
    unit: 'log-odds', min: -8, max: 8, default: -0.4,
    estimate: {
      sv: 'Uppskattning: 40 % undviker återfall inom ett år utan insatsen.',
      en: 'Estimate: 40 % avoid relapse within a year without the service.',
    },
    range: [-1, 0.2],
  }),
  unmeasuredNeedSlope: num({
    label: { sv: 'Behovets betydelse för återfall', en: 'Weight of need for relapse' },
    explanation: {
      sv: 'Hur mycket lägre logodds för att undvika återfall en klient får per standardavvikelse högre behov.',
      en: 'How much lower the log-odds of avoiding relapse are per standard deviation of higher need.',
    },
    unit: 'log-odds', min: 0, max: 5, default: 0.8,
    estimate: {
      sv: 'Uppskattning: samma vikt som för det mätta utfallet.',
      en: 'Estimate: the same weight as for the measured outcome.',
    },
    range: [0.3, 1.5],
  }),
} as const;
