import type { PaymentRule } from '../../src/core/model/PaymentRule.js';
import { perDiem } from './perDiem.js';
import { outcomeBonus } from './outcomeBonus.js';
import { withhold } from './withhold.js';
import { thresholdBonus } from './thresholdBonus.js';
import { riskCorridor } from './riskCorridor.js';
import { tournament } from './tournament.js';
import { custom } from './custom.js';
import { socialOutcomes } from './socialOutcomes.js';

type AnyRule = PaymentRule<never>;

/** The catalogue of payment rules a scenario can name. */
export const rules: Readonly<Record<string, AnyRule>> = { perDiem, outcomeBonus, withhold, thresholdBonus, riskCorridor, tournament, socialOutcomes, custom };
