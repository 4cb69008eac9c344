/**
 * A payment formula gave a non-finite amount (a division by zero, a log of zero, …). The run
 * stops: paying NaN or Infinity would poison every total after it. The message names the
 * formula, the provider and the variable values, so the user can reproduce the case.
 */
import { FORMULA_VARIABLE_NAMES } from './formulaVocabulary.js';

export class FormulaError extends Error {
  /**
   * @param provider index of the provider among the rule's inputs (the engine renumbers it
   *   to the scenario's provider number with `at`)
   */
  constructor(readonly formula: string, readonly result: number, readonly values: Float64Array, readonly provider: number, readonly context = '') {
    super(`the payment formula ${JSON.stringify(formula)} gave ${result} for provider ${provider + 1}${context}, with ${describeValues(values)}; make the formula finite for these values (e.g. guard a division with max(…, 1))`);
    this.name = 'FormulaError';
  }

  /** The same error with the provider counted from `offset` and a description of where. */
  at(offset: number, context: string): FormulaError {
    return new FormulaError(this.formula, this.result, this.values, offset + this.provider, context);
  }
}

function describeValues(values: Float64Array): string {
  return FORMULA_VARIABLE_NAMES.map((name, i) => `${name}=${Number(values[i].toPrecision(6))}`).join(', ');
}
