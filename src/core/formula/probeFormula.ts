/**
 * A formula that cannot give a finite payment for any ordinary period (a constant 1/0, or
 * base / 0) is a mistake in the input, better refused when the scenario is checked than at
 * the first settlement. The compiled closure is evaluated on a few typical periods (one with
 * measured clients, one without, a flagged one, a large one); if none gives a finite amount,
 * the first is reported. A formula that fails only for some periods is caught at run time
 * (FormulaError names the provider and values).
 */
import type { CompiledFormula } from './compileFormula.js';
import { FORMULA_SLOT, FORMULA_VARIABLE_NAMES } from './formulaVocabulary.js';

type Period = Readonly<Record<string, number>>;

const TYPICAL: readonly Period[] = [
  { base: 300_000, clients: 5, client_months: 15, months: 3, measured: 4, successes: 2, observed_rate: 0.5, expected_rate: 0.45, target: 0.5, rank: 3, providers: 10, flagged: 0 },
  { base: 100_000, clients: 2, client_months: 6, months: 3, measured: 0, successes: 0, observed_rate: 0.5, expected_rate: 0.5, target: 0.5, rank: 11, providers: 10, flagged: 0 },
  { base: 50_000, clients: 1, client_months: 1, months: 1, measured: 1, successes: 0, observed_rate: 0, expected_rate: 0.4, target: 0.6, rank: 1, providers: 1, flagged: 1 },
  { base: 9_000_000, clients: 40, client_months: 480, months: 12, measured: 60, successes: 45, observed_rate: 0.75, expected_rate: 0.6, target: 0.5, rank: 2, providers: 40, flagged: 0 },
];

function values(p: Period): Float64Array {
  const v = new Float64Array(FORMULA_VARIABLE_NAMES.length);
  for (const name of FORMULA_VARIABLE_NAMES) v[FORMULA_SLOT[name]] = p[name];
  return v;
}

/** The first typical period and its result when no typical period gives a finite amount; otherwise null. */
export function neverFinite(f: CompiledFormula): { result: number; period: Period } | null {
  let first: { result: number; period: Period } | null = null;
  for (const period of TYPICAL) {
    const result = f.evaluate(values(period));
    if (Number.isFinite(result)) return null;
    first ??= { result, period };
  }
  return first;
}
