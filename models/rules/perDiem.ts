import type { PaymentRule } from '../../src/core/model/PaymentRule.js';

/** Today's model. Every client-day is paid at the price; outcomes move nothing. */
export const perDiem: PaymentRule = {
  id: 'perDiem',
  label: { sv: 'Dygnsersättning (dagens modell)', en: "Per diem (today's model)" },
  explanation: {
    sv: 'Utföraren får ett fast pris per dygn och klient, oavsett utfall.',
    en: 'The provider gets a fixed price per client-day, whatever the outcome.',
  },
  params: {},
  pay(inputs, _params, out) {
    for (let j = 0; j < inputs.count; j++) out[j] = inputs.active[j] ? inputs.base[j] : 0;
  },
};
