/**
 * Custom payment formulas: how much faster the compiled closure is than mathjs's own
 * evaluation of the same expression on the same inputs — `math.compile(expr)` once, then
 * `.evaluate(scope)` per provider and period, against our checked, compiled closure over a
 * values array. Both run over the same sets of variable values; each side is timed several
 * times and its best time kept, so a busy machine slows both rather than one.
 * `npm run bench` calls measureFormulaSpeed(); `npx tsx bench/formulaSpeed.ts` prints it alone.
 */
import { all, create } from 'mathjs';
import { pathToFileURL } from 'node:url';
import { checkFormula } from '../src/core/formula/checkFormula.js';
import { compileFormula } from '../src/core/formula/compileFormula.js';
import { FORMULA_VARIABLE_NAMES } from '../src/core/formula/formulaVocabulary.js';

export const EXAMPLE_FORMULA = 'base * (0.9 + 0.2 * min(1, max(0, (observed_rate - target) / 0.1)))';

export interface FormulaSpeed {
  formula: string;
  evaluations: number;
  /** Nanoseconds per evaluation, best of the repetitions. */
  closureNs: number;
  mathjsNs: number;
  /** mathjsNs / closureNs: the issue asks for at least 50. */
  ratio: number;
}

/** Deterministic variable values for `sets` providers (no Math.random: results are reproducible). */
function valueSets(sets: number): Float64Array[] {
  let state = 20261124;
  const next = (): number => { state = (state * 1103515245 + 12345) >>> 0; return state / 4294967296; };
  return Array.from({ length: sets }, () => {
    const v = new Float64Array(FORMULA_VARIABLE_NAMES.length);
    FORMULA_VARIABLE_NAMES.forEach((name, i) => {
      v[i] = name === 'base' ? 2e6 + 2e6 * next() : name.endsWith('rate') || name === 'target' ? next() : Math.floor(40 * next());
    });
    return v;
  });
}

export interface FormulaSpeedOptions {
  /** Fewer evaluations, for `npm run bench -- --quick`. */
  quick?: boolean;
  formula?: string;
}

export function measureFormulaSpeed(options: FormulaSpeedOptions = {}): FormulaSpeed {
  const formula = options.formula ?? EXAMPLE_FORMULA;
  const evaluations = options.quick ? 200_000 : 2_000_000;
  const repetitions = 5;
  const checked = checkFormula(formula);
  if (!checked.ok) throw new Error(`benchmark formula rejected: ${checked.problem.problem}`);
  const closure = compileFormula(formula, checked.tree).evaluate;
  const math = create(all, { predictable: true });
  const code = math.compile(formula);
  const sets = valueSets(1000);
  const scopes = sets.map((v) => Object.fromEntries(FORMULA_VARIABLE_NAMES.map((n, i) => [n, v[i]])));

  let sink = 0;
  const time = (body: () => void): number => {
    body(); // warm-up: let the JIT optimise both sides before timing
    let best = Infinity;
    for (let r = 0; r < repetitions; r++) {
      const t0 = performance.now();
      body();
      best = Math.min(best, performance.now() - t0);
    }
    return (best * 1e6) / evaluations;
  };
  // mathjs is the slower side: fewer evaluations keep the benchmark short; times are per evaluation.
  const mathjsEvaluations = Math.max(1000, Math.floor(evaluations / 20));
  // Sums stay in a local (a captured variable would box every double it is given).
  const mathjsNs = time(() => {
    let local = 0;
    for (let i = 0; i < mathjsEvaluations; i++) local += Number(code.evaluate(scopes[i % scopes.length]));
    sink += local;
  }) * (evaluations / mathjsEvaluations);
  const closureNs = time(() => {
    let local = 0;
    for (let i = 0; i < evaluations; i++) local += closure(sets[i % sets.length]);
    sink += local;
  });
  if (!Number.isFinite(sink)) throw new Error('benchmark formula gave a non-finite sum');
  return { formula, evaluations, closureNs, mathjsNs, ratio: mathjsNs / closureNs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = measureFormulaSpeed();
  console.log(`formula: ${r.formula}`);
  console.log(`compiled closure: ${r.closureNs.toFixed(1)} ns per evaluation`);
  console.log(`mathjs compile().evaluate(scope): ${r.mathjsNs.toFixed(1)} ns per evaluation`);
  console.log(`ratio: ${r.ratio.toFixed(0)}× (required: at least 50×)`);
}
