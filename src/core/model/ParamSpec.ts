/**
 * Parameters are data with provenance (the OpenFisca habit): every number a user can change
 * carries its label and explanation in Swedish and English, its unit, bounds, default and
 * source. The scenario validator, the editor in the page and the CLI's table all read these
 * specs, so a parameter is described once.
 */

export interface Text {
  sv: string;
  en: string;
}

export type Unit =
  | 'SEK' | 'SEK/day' | 'SEK/month' | 'SEK/hour'
  | 'share' | 'probability'
  | 'months' | 'minutes' | 'hours' | 'hours/month' | 'minutes/month'
  | 'count' | 'per month' | 'per year'
  | 'log-odds' | 'sd' | 'z';

export interface NumberSpec {
  kind: 'number';
  label: Text;
  explanation: Text;
  unit: Unit;
  min: number;
  max: number;
  default: number;
  /** Counts must be whole numbers. */
  integer?: boolean;
  /** May the user give a distribution instead of a number? (Not for counts that shape arrays.) */
  uncertain?: boolean;
  /** Where the default comes from, cited as a reader would find it (title, year, page or link). */
  source?: string;
  /** A default that is a judgement, not a fact: the reasoning in a sentence. */
  estimate?: Text;
  /**
   * Plausible low and high values of the default, for sensitivity analysis: contains the
   * default and lies within min..max. Every estimate has one; a sourced figure may.
   */
  range?: readonly [number, number];
  /**
   * The boolean parameter of the same record that switches this one on, when it is not the
   * record's `enabled` (a parameter of a record with `enabled` off never matters).
   */
  activeWhen?: string;
}

export interface ChoiceSpec<V extends string = string> {
  kind: 'choice';
  label: Text;
  explanation: Text;
  options: ReadonlyArray<{ value: V; label: Text }>;
  default: V;
}

export interface BooleanSpec {
  kind: 'boolean';
  label: Text;
  explanation: Text;
  default: boolean;
}

/** A payment formula: text checked against the formula allowlist, compiled once. */
export interface FormulaSpec {
  kind: 'formula';
  label: Text;
  explanation: Text;
  default: string;
}

export type ParamSpec = NumberSpec | ChoiceSpec | BooleanSpec | FormulaSpec;
export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

/** The concrete value type a spec describes. */
export type ValueOf<S extends ParamSpec> = S extends NumberSpec ? number : S extends BooleanSpec ? boolean : S extends FormulaSpec ? string : S extends ChoiceSpec<infer V> ? V : never;
export type ValuesOf<S extends ParamSpecs> = { [K in keyof S]: ValueOf<S[K]> };

/** Helpers that keep model files short and typed. */
export function num(spec: Omit<NumberSpec, 'kind'>): NumberSpec {
  return { kind: 'number', uncertain: true, ...spec };
}
export function count(spec: Omit<NumberSpec, 'kind' | 'integer' | 'unit'> & { unit?: Unit }): NumberSpec {
  return { kind: 'number', unit: 'count', integer: true, uncertain: false, ...spec };
}
export function choice<V extends string>(spec: Omit<ChoiceSpec<V>, 'kind'>): ChoiceSpec<V> {
  return { kind: 'choice', ...spec };
}
export function flag(spec: Omit<BooleanSpec, 'kind'>): BooleanSpec {
  return { kind: 'boolean', ...spec };
}

export function formula(spec: Omit<FormulaSpec, 'kind'>): FormulaSpec {
  return { kind: 'formula', ...spec };
}

export function defaultsOf<S extends ParamSpecs>(specs: S): ValuesOf<S> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(specs)) out[key] = specs[key].default;
  return out as ValuesOf<S>;
}
