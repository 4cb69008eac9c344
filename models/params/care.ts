import { choice, num, count } from '../../src/core/model/ParamSpec.js';

/** Care time and the dose–response link from delivered care to effect: time lost to follow-up and reporting lowers the effect. */
export const careSpecs = {
  hoursPerClientMonth: num({
    label: { sv: 'Vårdtimmar per klientmånad', en: 'Care hours per client-month' },
    explanation: {
      sv: 'Timmar av behandling som en klient får per månad när ingen tid går till uppföljning och rapportering.',
      en: 'Hours of treatment a client receives per month when no time goes to follow-up and reporting.',
    },
    unit: 'hours/month', min: 1, max: 400, default: 20,
    estimate: {
      sv: 'Uppskattning: ungefär en timme behandling per vardag; ingen offentlig siffra finns.',
      en: 'Estimate: about an hour of treatment per weekday; no public figure exists.',
    },
    range: [8, 60],
  }),
  doseResponse: choice({
    label: { sv: 'Dos–respons', en: 'Dose–response' },
    explanation: {
      sv: 'Hur effekten beror på andelen vårdtid som faktiskt ges: linjärt, eller konkavt (de första timmarna betyder mest).',
      en: 'How the effect depends on the share of care time actually delivered: linear, or concave (the first hours matter most).',
    },
    options: [
      { value: 'linear', label: { sv: 'Linjär', en: 'Linear' } },
      { value: 'concave', label: { sv: 'Konkav (kvadratrot)', en: 'Concave (square root)' } },
    ],
    default: 'linear',
  }),
  warmUpMonths: count({
    label: { sv: 'Inkörningsmånader', en: 'Warm-up months' },
    explanation: {
      sv: 'Månader som simuleras före avtalsperioden så att verksamheterna har klienter när mätningen börjar; de räknas inte i resultaten.',
      en: 'Months simulated before the contract period so that providers have clients when measurement starts; they are not counted in results.',
    },
    unit: 'months', min: 0, max: 60, default: 12,
    estimate: {
      sv: 'Modellval: länge nog för att beläggningen ska stabiliseras (placeringar varar i median 4–9 månader).',
      en: 'A modelling choice: long enough for occupancy to settle (stays last a median of 4–9 months).',
    },
    range: [6, 24],
  }),
} as const;
