import { num } from '../../src/core/model/ParamSpec.js';
import type { PaymentRule } from '../../src/core/model/PaymentRule.js';

const params = {
  bonusPerSuccess: num({
    label: { sv: 'Bonus per gott utfall', en: 'Bonus per good outcome' },
    explanation: {
      sv: 'Belopp som betalas utöver dygnsersättningen för varje observerat gott utfall (riskjusterat om riskjustering är på).',
      en: 'Amount paid on top of the per diem for each observed good outcome (risk-adjusted when risk adjustment is on).',
    },
    unit: 'SEK', min: 0, max: 10000000, default: 30000,
    estimate: {
      sv: 'Ett designval, inte ett faktum: en liten bonus; outcome-bonus-10.json visar en som ger 10 % av ersättningen.',
      en: 'A design choice, not a fact: a small bonus; outcome-bonus-10.json shows one worth 10 % of payments.',
    },
    range: [10_000, 300_000],
  }),
};

/** per diem plus a bonus per observed success. */
export const outcomeBonus: PaymentRule<{ bonusPerSuccess: number }> = {
  id: 'outcomeBonus',
  label: { sv: 'Resultatbonus per gott utfall', en: 'Outcome bonus per success' },
  explanation: {
    sv: 'Dygnsersättning plus en bonus för varje klient som mäts med gott utfall.',
    en: 'Per diem plus a bonus for each client measured with a good outcome.',
  },
  params,
  pay(inputs, p, out) {
    for (let j = 0; j < inputs.count; j++) {
      if (!inputs.active[j]) { out[j] = 0; continue; }
      const rate = inputs.observedRate[j];
      const counted = rate === rate ? rate * inputs.measured[j] : 0; // NaN: nobody measured
      out[j] = inputs.base[j] + p.bonusPerSuccess * counted;
    }
  },
};
