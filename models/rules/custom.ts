import { formula } from '../../src/core/model/ParamSpec.js';
import type { PaymentRule, PeriodInputs } from '../../src/core/model/PaymentRule.js';
import { bindFormula } from '../../src/core/formula/bindFormula.js';
import { FormulaError } from '../../src/core/formula/FormulaError.js';
import { FORMULA_SLOT, FORMULA_VARIABLE_NAMES } from '../../src/core/formula/formulaVocabulary.js';
import type { CompiledFormula } from '../../src/core/formula/compileFormula.js';
import { targetSpec } from '../params/target.js';

const params = {
  formula: formula({
    label: { sv: 'Ersättningsformel', en: 'Payment formula' },
    explanation: {
      sv: `Ersättning per utförare och period som ett uttryck i variablerna ${FORMULA_VARIABLE_NAMES.join(', ')}; funktionerna min, max, abs, floor, ceil, round, sqrt, exp, log och clamp; + - * / ^, jämförelser, a ? b : c, and, or, not.`,
      en: `Payment per provider and period as an expression in the variables ${FORMULA_VARIABLE_NAMES.join(', ')}; the functions min, max, abs, floor, ceil, round, sqrt, exp, log and clamp; + - * / ^, comparisons, a ? b : c, and, or, not.`,
    },
    default: 'base * (0.9 + 0.2 * min(1, max(0, (observed_rate - target) / 0.1)))',
  }),
  target: targetSpec,
};

type Params = { formula: string; target: number };

const S = FORMULA_SLOT;

/** The formula's variables for every provider of the period, then the formula itself. */
function payWith(f: CompiledFormula, inputs: PeriodInputs, p: Params, out: Float64Array, values: Float64Array): void {
  let providers = 0, good = 0, measured = 0;
  for (let k = 0; k < inputs.count; k++) {
    if (!inputs.active[k]) continue;
    providers++;
    good += inputs.successes[k];
    measured += inputs.measured[k];
  }
  const pooled = measured > 0 ? good / measured : p.target;
  for (let k = 0; k < inputs.count; k++) {
    if (!inputs.active[k]) { out[k] = 0; continue; }
    const observed = inputs.observedRate[k], expected = inputs.expectedRate[k], rank = inputs.rank[k];
    values[S.base] = inputs.base[k];
    values[S.client_months] = inputs.clientMonths[k];
    values[S.months] = inputs.months;
    values[S.clients] = inputs.months > 0 ? inputs.clientMonths[k] / inputs.months : 0;
    values[S.measured] = inputs.measured[k];
    values[S.successes] = inputs.successes[k];
    // No measured client is no evidence either way: the formula sees the target.
    values[S.observed_rate] = observed === observed ? observed : p.target;
    values[S.expected_rate] = expected === expected ? expected : pooled;
    values[S.target] = p.target;
    values[S.rank] = rank === rank ? rank : providers + 1;
    values[S.providers] = providers;
    values[S.flagged] = inputs.flagged[k];
    const paid = f.evaluate(values);
    if (!Number.isFinite(paid)) throw new FormulaError(f.text, paid, values.slice(), k);
    out[k] = paid;
  }
}

/**
 * A custom formula: a mathjs expression over named per-provider-per-period variables, checked against
 * an allowlist when the scenario is validated and compiled once per scenario into a closure
 * (src/core/formula). `pay` on the unbound rule compiles on the fly; the engine always binds.
 */
export const custom: PaymentRule<Params> = {
  id: 'custom',
  label: { sv: 'Egen formel', en: 'Custom formula' },
  explanation: {
    sv: 'Ersättningen räknas med en egen formel per utförare och period, t.ex. dygnsersättning som växer med resultatet över målnivån.',
    en: 'Payment is computed by a formula of your own per provider and period, e.g. a per diem that grows with results above the target.',
  },
  params,
  pay(inputs, p, out) {
    payWith(bindFormula(p.formula), inputs, p, out, new Float64Array(FORMULA_VARIABLE_NAMES.length));
  },
  bind(bound) {
    const f = bindFormula(String(bound.formula));
    const values = new Float64Array(FORMULA_VARIABLE_NAMES.length);
    // Filling the variables costs about as much as a few nodes of the formula.
    return { ...custom, bind: undefined, costPerProviderNs: f.costNs + 40, pay: (inputs, p, out) => payWith(f, inputs, p, out, values) };
  },
};
