import { num } from '../../src/core/model/ParamSpec.js';
import type { PaymentRule } from '../../src/core/model/PaymentRule.js';
import { targetSpec } from '../params/target.js';

const params = {
  withholdShare: num({
    label: { sv: 'Innehållen andel', en: 'Withheld share' },
    explanation: {
      sv: 'Andel av dygnsersättningen som hålls inne och betalas tillbaka i proportion till resultatet mot målnivån.',
      en: 'Share of the per diem held back and returned in proportion to performance against the target.',
    },
    unit: 'share', min: 0, max: 1, default: 0.1,
    estimate: {
      sv: 'Ett designval, inte ett faktum.',
      en: 'A design choice, not a fact.',
    },
    range: [0.05, 0.2],
  }),
  target: targetSpec,
};

/**
 * A share of base is held back and returned as observed rate / target (at most all
 * of it). A provider with no measured client in the period gets the withheld share back:
 * no data is not evidence of poor results.
 */
export const withhold: PaymentRule<{ withholdShare: number; target: number }> = {
  id: 'withhold',
  label: { sv: 'Innehållen ersättning', en: 'Withhold' },
  explanation: {
    sv: 'En del av ersättningen hålls inne och betalas tillbaka efter hur nära målnivån utföraren kommer.',
    en: 'Part of the payment is held back and paid back according to how close the provider comes to the target.',
  },
  params,
  pay(inputs, p, out) {
    for (let j = 0; j < inputs.count; j++) {
      if (!inputs.active[j]) { out[j] = 0; continue; }
      const rate = inputs.observedRate[j];
      const score = rate === rate ? (p.target > 0 ? Math.min(1, Math.max(0, rate / p.target)) : 1) : 1;
      const base = inputs.base[j];
      out[j] = base * (1 - p.withholdShare) + base * p.withholdShare * score;
    }
  },
};
