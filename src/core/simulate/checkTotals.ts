/**
 * Payments that are each finite can still add up to more than a double holds (a formula
 * paying 1e308 per provider): the totals would be Infinity, the metrics null, and the page
 * would have nothing true to say. Such a run is stopped with the formula named, as an input
 * error; built-in rules have bounded parameters and cannot get there.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import { FormulaError } from '../formula/FormulaError.js';
import type { RunState } from '../state/RunState.js';

/**
 * Totals above this are refused: summed over up to 100,000 runs and scaled (per year, per
 * client) they must stay finite, and no payment design comes within 290 orders of magnitude.
 */
export const TOTAL_CEILING = 1e300;

export function checkTotals(c: CompiledScenario, s: RunState, run: number): void {
  let revenue = 0;
  for (let j = 0; j < s.providers; j++) revenue += s.revenue[j];
  const total = Math.abs(revenue) > Math.abs(s.payments) || revenue !== revenue ? revenue : s.payments;
  if (Math.abs(total) <= TOTAL_CEILING) return;
  const where = ` over the providers of run ${run + 1}`;
  const formula = c.ruleParams.formula;
  if (typeof formula === 'string') throw new FormulaError(formula, total, new Float64Array(0), -1, where, true);
  throw new Error(`the payment rule ${c.scenario.payment.rule} gave a total of ${total}${where}`);
}
