/**
 * Formula text → a checked, compiled formula, or a thrown error. Scenario validation has
 * already rejected bad text with its path; this is the compile step of the pipeline.
 */
import { checkFormula } from './checkFormula.js';
import { compileFormula, type CompiledFormula } from './compileFormula.js';

export function bindFormula(text: string): CompiledFormula {
  const checked = checkFormula(text);
  if (!checked.ok) throw new Error(`payment.params.formula: ${checked.problem.problem}; ${checked.problem.allowed}`);
  return compileFormula(text, checked.tree);
}
