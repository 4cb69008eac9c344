/**
 * A payment formula gave a non-finite amount (a division by zero, a log of zero, …), or
 * amounts whose total overflows. The run stops: paying NaN or Infinity would poison every
 * total after it. It is the user's input, not an internal fault (the CLI exits 2 on it). The
 * message names the formula, the provider and the variable values, so the user can
 * reproduce the case. `toData`/`fromData` carry it across a worker boundary intact.
 */
import { FORMULA_VARIABLE_NAMES } from './formulaVocabulary.js';

/** What crosses a worker's message port (structured clone keeps the Float64Array). */
export interface FormulaErrorData {
  formula: string;
  result: number;
  values: Float64Array;
  provider: number;
  context: string;
  overflow: boolean;
}

export class FormulaError extends Error {
  /**
   * @param provider index of the provider among the rule's inputs (the engine renumbers it
   *   to the scenario's provider number with `at`); −1 for a total over providers
   * @param overflow true when each amount was finite but their total was not
   */
  constructor(readonly formula: string, readonly result: number, readonly values: Float64Array, readonly provider: number, readonly context = '', readonly overflow = false) {
    super(overflow
      ? `the payment formula ${JSON.stringify(formula)} gave amounts whose total is ${result}${context}; make the formula give amounts of a realistic size in SEK (totals above 1e300 cannot be summed over runs)`
      : `the payment formula ${JSON.stringify(formula)} gave ${result} for provider ${provider + 1}${context}, with ${describeValues(values)}; make the formula finite for these values (e.g. guard a division with max(…, 1))`);
    this.name = 'FormulaError';
  }

  /** The same error with the provider counted from `offset` and a description of where. */
  at(offset: number, context: string): FormulaError {
    return new FormulaError(this.formula, this.result, this.values, offset + this.provider, context, this.overflow);
  }

  toData(): FormulaErrorData {
    return { formula: this.formula, result: this.result, values: this.values, provider: this.provider, context: this.context, overflow: this.overflow };
  }

  static fromData(d: FormulaErrorData): FormulaError {
    return new FormulaError(d.formula, d.result, Float64Array.from(d.values), d.provider, d.context, d.overflow);
  }
}

function describeValues(values: Float64Array): string {
  return FORMULA_VARIABLE_NAMES.map((name, i) => `${name}=${Number(values[i].toPrecision(6))}`).join(', ');
}
