import type { PaymentRule } from '../../src/core/model/PaymentRule.js';
import { perDiem } from './perDiem.js';
import { outcomeBonus } from './outcomeBonus.js';
import { withhold } from './withhold.js';
import { thresholdBonus } from './thresholdBonus.js';
import { riskCorridor } from './riskCorridor.js';
import { tournament } from './tournament.js';

type AnyRule = PaymentRule<never>;

/** The catalogue of payment rules a scenario can name (rules 7 and 8 come with the behaviour work). */
export const rules: Readonly<Record<string, AnyRule>> = { perDiem, outcomeBonus, withhold, thresholdBonus, riskCorridor, tournament };
