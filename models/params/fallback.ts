import { count, flag, num } from '../../src/core/model/ParamSpec.js';
import { SOURCES } from '../sources.js';

/** Where clients go when no contracted provider takes them (full, declined or terminated). */
export const fallbackSpecs = {
  pricePerDay: num({
    label: { sv: 'Reservutförarens pris per dygn', en: "Fallback provider's price per day" },
    explanation: {
      sv: 'Vad kommunen betalar per dygn för klienter som inte tas emot av en avtalad utförare (t.ex. egen regi eller direktupphandling).',
      en: 'What the municipality pays per day for clients no contracted provider takes (e.g. in-house care or a direct award).',
    },
    unit: 'SEK/day', min: 0, max: 50000, default: 6000,
    source: `${SOURCES.motala}: ett kommunalt hem kostade omkring 6 000 kr per dygn mot planerade 2 700–3 500`,
    range: [4500, 9000],
  }),
  quality: num({
    label: { sv: 'Reservutförarens effekt', en: "Fallback provider's effect" },
    explanation: {
      sv: 'Reservutförarens effekt på utfallet, i logoddsenheter (samma skala som utförarnas kvalitet).',
      en: "The fallback provider's effect on the outcome, in log-odds (the same scale as providers' quality).",
    },
    unit: 'log-odds', min: -5, max: 5, default: 0.3,
    estimate: {
      sv: 'Uppskattning: hälften av en genomsnittlig utförares effekt, eftersom akuta placeringar sällan matchas mot behovet.',
      en: "Estimate: half an average provider's effect, since emergency placements are seldom matched to need.",
    },
    range: [0, 0.6],
  }),
  capacityLimited: flag({
    label: { sv: 'Reservutföraren har begränsat antal platser', en: 'The fallback provider has limited places' },
    explanation: {
      sv: 'Om på: när reservutförarens platser är fulla får klienten ingen insats alls (utfall som utan insats).',
      en: 'If on: when the fallback provider is full, the client gets no service at all (the outcome without the service).',
    },
    default: false,
  }),
  capacity: count({
    label: { sv: 'Reservutförarens platser', en: "Fallback provider's places" },
    explanation: {
      sv: 'Hur många klienter reservutföraren kan ha samtidigt, när platserna är begränsade.',
      en: 'How many clients the fallback provider can have at once, when its places are limited.',
    },
    min: 0, max: 100000, default: 50,
    estimate: {
      sv: 'Uppskattning; används bara när reservplatserna är begränsade.',
      en: "Estimate; used only when the fallback's places are limited.",
    },
    range: [10, 200],
    activeWhen: 'capacityLimited',
  }),
} as const;
