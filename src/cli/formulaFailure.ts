/**
 * A payment formula that fails while the simulation runs (1/0, log(0), sqrt(-1) for some
 * provider's values) is the user's input, not a bug: the CLI reports it like any bad input,
 * exit 2, with the engine's message naming the formula, the provider and the values. From a
 * worker thread the error arrives as a plain Error carrying the name `FormulaError`.
 */
import { FormulaError, type IssueLine } from '../engine.js';

/** Where a custom formula lives in a scenario file. */
export const FORMULA_PATH = 'payment.params.formula';

export function isFormulaError(e: unknown): e is Error {
  return e instanceof FormulaError || (e instanceof Error && e.name === 'FormulaError');
}

/** The engine's message as an issue: what went wrong, then (after the last `; `) the fix. */
export function formulaIssue(e: Error): IssueLine {
  const message = e.message.split('\n')[0];
  const cut = message.lastIndexOf('; ');
  return cut < 0
    ? { path: FORMULA_PATH, problem: message, allowed: 'a formula that is finite for every provider and period' }
    : { path: FORMULA_PATH, problem: message.slice(0, cut), allowed: message.slice(cut + 2) };
}
