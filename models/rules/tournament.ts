import { num } from '../../src/core/model/ParamSpec.js';
import type { PaymentRule } from '../../src/core/model/PaymentRule.js';

const params = {
  topShare: num({
    label: { sv: 'Andel i toppgruppen', en: 'Share in the top group' },
    explanation: {
      sv: 'Andel av de rangordnade utförarna (bäst observerad andel) som får bonus varje period.',
      en: 'Share of the ranked providers (best observed rate) who get a bonus each period.',
    },
    unit: 'share', min: 0, max: 1, default: 0.2,
    estimate: {
      sv: 'Ett designval, inte ett faktum: en femtedel.',
      en: 'A design choice, not a fact: a fifth.',
    },
    range: [0.1, 0.33],
  }),
  bonusShare: num({
    label: { sv: 'Bonus för toppgruppen', en: 'Bonus for the top group' },
    explanation: { sv: 'Bonus som andel av periodens dygnsersättning.', en: "Bonus as a share of the period's per diem." },
    unit: 'share', min: 0, max: 2, default: 0.05,
    estimate: {
      sv: 'Ett designval, inte ett faktum.',
      en: 'A design choice, not a fact.',
    },
    range: [0.02, 0.1],
  }),
};

/**
 * Relative performance. The top group by observed rate gets a bonus; flagged
 * providers get the deeper follow-up of the inspection model (set `inspection.enabled`),
 * whose sanctions the engine applies after this rule.
 */
export const tournament: PaymentRule<{ topShare: number; bonusShare: number }> = {
  id: 'tournament',
  label: { sv: 'Relativ ersättning (turnering)', en: 'Relative payment (tournament)' },
  explanation: {
    sv: 'De bästa utförarna enligt måttet får bonus; tydligt avvikande utförare följs upp fördjupat och kan få sanktion.',
    en: 'The best providers by the measure get a bonus; clearly deviating providers get a deeper follow-up and may be sanctioned.',
  },
  params,
  pay(inputs, p, out) {
    let ranked = 0;
    for (let j = 0; j < inputs.count; j++) if (inputs.rank[j] === inputs.rank[j]) ranked++;
    const top = Math.ceil(p.topShare * ranked - 1e-9);
    for (let j = 0; j < inputs.count; j++) {
      if (!inputs.active[j]) { out[j] = 0; continue; }
      const inTop = inputs.rank[j] <= top; // NaN compares false
      out[j] = inputs.base[j] * (1 + (inTop ? p.bonusShare : 0));
    }
  },
};
