import { num } from '../../src/core/model/ParamSpec.js';
import { ramp, type PaymentRule } from '../../src/core/model/PaymentRule.js';
import { targetSpec } from '../params/target.js';

const params = {
  bonusShare: num({
    label: { sv: 'Bonus vid nådd målnivå', en: 'Bonus when the target is reached' },
    explanation: {
      sv: 'Engångsbelopp som andel av periodens dygnsersättning när den observerade andelen når målnivån.',
      en: "Lump sum, as a share of the period's per diem, when the observed rate reaches the target.",
    },
    unit: 'share', min: 0, max: 2, default: 0.05,
    estimate: {
      sv: 'Ett designval, inte ett faktum.',
      en: 'A design choice, not a fact.',
    },
    range: [0.02, 0.15],
  }),
  target: targetSpec,
  smoothing: num({
    label: { sv: 'Utjämning', en: 'Smoothing' },
    explanation: {
      sv: 'Bredd kring målnivån där bonusen växer gradvis i stället för att komma på en gång (0 = tröskel, ”klippa”).',
      en: 'Width around the target over which the bonus grows gradually instead of all at once (0 = a cliff).',
    },
    unit: 'share', min: 0, max: 1, default: 0,
    estimate: {
      sv: 'Ett designval, inte ett faktum: en skarp tröskel som standard.',
      en: 'A design choice, not a fact: a sharp threshold by default.',
    },
    range: [0, 0.2],
  }),
};

/** a lump sum when the observed rate passes the target; with smoothing, a linear ramp. */
export const thresholdBonus: PaymentRule<{ bonusShare: number; target: number; smoothing: number }> = {
  id: 'thresholdBonus',
  label: { sv: 'Tröskelbonus', en: 'Threshold bonus' },
  explanation: {
    sv: 'Dygnsersättning plus en bonus när den observerade andelen goda utfall når målnivån.',
    en: 'Per diem plus a bonus when the observed share of good outcomes reaches the target.',
  },
  params,
  pay(inputs, p, out) {
    const half = p.smoothing / 2;
    for (let j = 0; j < inputs.count; j++) {
      if (!inputs.active[j]) { out[j] = 0; continue; }
      const rate = inputs.observedRate[j];
      const share = rate === rate ? ramp(rate, p.target - half, p.target + half) : 0;
      out[j] = inputs.base[j] * (1 + p.bonusShare * share);
    }
  },
};
