/**
 * What a custom payment formula may say: the named per-provider-per-period variables,
 * the functions, the constants and the limits. Anything not listed here is rejected before
 * the formula is ever evaluated (see checkFormula). The order of FORMULA_VARIABLES is the slot
 * order of the values array a compiled formula reads.
 */
import type { Text } from '../model/ParamSpec.js';

export interface FormulaVariable {
  name: string;
  description: Text;
}

const v = (name: string, sv: string, en: string): FormulaVariable => ({ name, description: { sv, en } });

export const FORMULA_VARIABLES: readonly FormulaVariable[] = [
  v('base', 'Vad dygnsersättningen skulle ge för periodens vårddygn (kr).', "What the per diem would pay for the period's client-days (SEK)."),
  v('clients', 'Genomsnittligt antal klienter i vård under perioden.', 'Average number of clients in care during the period.'),
  v('client_months', 'Klientmånader under perioden.', 'Client-months in care during the period.'),
  v('months', 'Periodens längd i månader.', 'Length of the period in months.'),
  v('measured', 'Antal mätta klienter under perioden.', 'Number of measured clients in the period.'),
  v('successes', 'Observerade goda utfall bland de mätta.', 'Observed good outcomes among the measured.'),
  v('observed_rate', 'Observerad andel goda utfall (riskjusterad om riskjustering är på); målnivån om ingen mättes.', 'Observed good-outcome rate (risk-adjusted when risk adjustment is on); the target when nobody was measured.'),
  v('expected_rate', 'Förväntad andel för utförarens klienter (riskjustering), annars segmentets observerade andel; målnivån om den saknas.', "Expected rate for the provider's clients (risk adjustment), otherwise the segment's observed rate; the target when missing."),
  v('target', 'Regelns målnivå.', "The rule's target rate."),
  v('rank', 'Plats bland rangordnade utförare (1 = bäst); antal utförare + 1 för den som inte rangordnades.', 'Place among ranked providers (1 = best); number of providers + 1 for one not ranked.'),
  v('providers', 'Antal aktiva utförare i segmentet.', 'Number of active providers in the segment.'),
  v('flagged', '1 om utföraren flaggades som tydligt avvikande, annars 0.', '1 if the provider was flagged as clearly deviating, else 0.'),
];

export const FORMULA_VARIABLE_NAMES: readonly string[] = FORMULA_VARIABLES.map((x) => x.name);

/** Slot of each variable in the values array. */
export const FORMULA_SLOT: Readonly<Record<string, number>> = Object.fromEntries(FORMULA_VARIABLE_NAMES.map((n, i) => [n, i]));

/** Allowed functions and how many arguments each takes (mathjs semantics; clamp is ours). */
export const FORMULA_FUNCTIONS: Readonly<Record<string, { min: number; max: number }>> = {
  min: { min: 1, max: 64 },
  max: { min: 1, max: 64 },
  abs: { min: 1, max: 1 },
  floor: { min: 1, max: 1 },
  ceil: { min: 1, max: 1 },
  round: { min: 1, max: 1 },
  sqrt: { min: 1, max: 1 },
  exp: { min: 1, max: 1 },
  log: { min: 1, max: 2 },
  clamp: { min: 3, max: 3 },
};

export const FORMULA_CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

/** Word operators mathjs understands that the allowlist keeps. */
export const FORMULA_KEYWORDS: readonly string[] = ['and', 'or', 'not'];

export const FORMULA_LIMITS = {
  /** Characters. */
  maxLength: 1000,
  /** Levels of sub-expressions inside one another (brackets, calls, operators; a chain of + − or × ÷ is one level). */
  maxDepth: 32,
} as const;
