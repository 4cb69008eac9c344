import { num } from '../../src/core/model/ParamSpec.js';
import type { PaymentRule } from '../../src/core/model/PaymentRule.js';
import { targetSpec } from '../params/target.js';

const params = {
  target: targetSpec,
  adjustmentPerPoint: num({
    label: { sv: 'Justering per procentenhet', en: 'Adjustment per percentage point' },
    explanation: {
      sv: 'Hur mycket ersättningen ändras, som andel av dygnsersättningen, per procentenhet som observerad andel ligger över eller under målnivån.',
      en: 'How much the payment changes, as a share of the per diem, per percentage point the observed rate lies above or below the target.',
    },
    unit: 'share', min: 0, max: 1, default: 0.005,
    estimate: {
      sv: 'Ett designval, inte ett faktum: en halv procent per procentenhet.',
      en: 'A design choice, not a fact: half a per cent per percentage point.',
    },
    range: [0.0025, 0.01],
  }),
  cap: num({
    label: { sv: 'Tak', en: 'Cap' },
    explanation: { sv: 'Största tillägg som andel av dygnsersättningen.', en: 'Largest addition as a share of the per diem.' },
    unit: 'share', min: 0, max: 1, default: 0.05,
    estimate: {
      sv: 'Ett designval, inte ett faktum.',
      en: 'A design choice, not a fact.',
    },
    range: [0.02, 0.1],
  }),
  floor: num({
    label: { sv: 'Golv', en: 'Floor' },
    explanation: { sv: 'Största avdrag som andel av dygnsersättningen.', en: 'Largest deduction as a share of the per diem.' },
    unit: 'share', min: 0, max: 1, default: 0.05,
    estimate: {
      sv: 'Ett designval, inte ett faktum.',
      en: 'A design choice, not a fact.',
    },
    range: [0.02, 0.1],
  }),
};

/** Payment moves linearly with the observed rate, inside a corridor of ±x % of base. */
export const riskCorridor: PaymentRule<{ target: number; adjustmentPerPoint: number; cap: number; floor: number }> = {
  id: 'riskCorridor',
  label: { sv: 'Riskkorridor', en: 'Risk corridor' },
  explanation: {
    sv: 'Ersättningen följer resultatet uppåt och nedåt, men aldrig mer än taket eller golvet.',
    en: 'Payment follows results up and down, but never beyond the cap or the floor.',
  },
  params,
  pay(inputs, p, out) {
    for (let j = 0; j < inputs.count; j++) {
      if (!inputs.active[j]) { out[j] = 0; continue; }
      const rate = inputs.observedRate[j];
      const raw = rate === rate ? p.adjustmentPerPoint * 100 * (rate - p.target) : 0;
      const adj = Math.min(p.cap, Math.max(-p.floor, raw));
      out[j] = inputs.base[j] * (1 + adj);
    }
  },
};
