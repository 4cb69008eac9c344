import { choice, num, count } from '../../src/core/model/ParamSpec.js';

/** Care time and the dose–response link from delivered care to effect (DESIGN §2 "Care time"). */
export const careSpecs = {
  hoursPerClientMonth: num({
    label: { sv: 'Vårdtimmar per klientmånad', en: 'Care hours per client-month' },
    explanation: {
      sv: 'Timmar av behandling som en klient får per månad när ingen tid går till uppföljning och rapportering.',
      en: 'Hours of treatment a client receives per month when no time goes to follow-up and reporting.',
    },
    unit: 'hours/month', min: 1, max: 400, default: 20, estimate: true,
    source: 'DESIGN.md default; an estimate, to be replaced by the pilot',
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
  }),
} as const;
