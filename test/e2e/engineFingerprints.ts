/**
 * Fingerprints of the engine's arithmetic that must be the same bits in Node and in Chromium:
 * every shipped scenario simulated (with its runs capped, to keep the test short), and a
 * formula for each function and operator the formula vocabulary allows, evaluated over a
 * grid of inputs. The same code runs in this test process and, bundled, in a Chromium page
 * (nodeChromiumHash.test.ts); equal fingerprints mean bit-identical numbers.
 */
import { compileScenario, hashResult, parseScenarioText, simulateScenario } from '../../src/engine.js';
import { checkFormula } from '../../src/core/formula/checkFormula.js';
import { compileFormula } from '../../src/core/formula/compileFormula.js';
import { FORMULA_VARIABLE_NAMES } from '../../src/core/formula/formulaVocabulary.js';
import { Fnv1a64 } from '../../src/core/summarise/hashResult.js';

/** One formula per allowed function and operator, each on inputs that exercise its hard part. */
export const FORMULA_PROBES: Readonly<Record<string, string>> = {
  'pow (constant exponent)': 'base * (0.9 + 0.2 * observed_rate ^ 1.37)',
  'pow (computed exponent)': 'observed_rate ^ (expected_rate * 7.3) + clients ^ (observed_rate - 0.5)',
  'pow (negative base)': '(observed_rate - 0.5) ^ (1/3) + (observed_rate - 0.5) ^ rank',
  exp: 'exp(observed_rate * 13.7 - clients)',
  log: 'log(base) + log(clients + observed_rate)',
  'log with base': 'log(base, 1 + observed_rate)',
  sqrt: 'sqrt(base * observed_rate)',
  round: 'round(base / 1.3) + round(observed_rate * 10)',
  floor: 'floor(base / 7.1) + floor(observed_rate * 3)',
  ceil: 'ceil(base / 7.1) + ceil(observed_rate * 3)',
  abs: 'abs(observed_rate - target) * base',
  'min and max': 'min(base, max(clients * 1000.5, observed_rate * base), 2e5)',
  clamp: 'clamp(base * observed_rate, 1000.25, 250000.75)',
  'comparisons and conditionals': 'observed_rate > target ? base * 1.1 : (observed_rate <= target - 0.1 and flagged == 0 ? base * 0.9 : base)',
  'arithmetic and constants': '(base - clients * pi) / (e + rank) * providers',
};

/** Deterministic variable values (a linear congruential generator: no Math.random). */
export function probeInputs(count: number): Float64Array[] {
  let state = 20261130;
  const next = (): number => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state / 4294967296; };
  const sets: Float64Array[] = [];
  for (let i = 0; i < count; i++) {
    const v = new Float64Array(FORMULA_VARIABLE_NAMES.length);
    const clientMonths = 1 + next() * 60, months = [1, 3, 6, 12][i % 4];
    const values: Record<string, number> = {
      base: clientMonths * 30.4375 * (2000 + next() * 6000), clients: clientMonths / months, client_months: clientMonths, months,
      measured: Math.floor(next() * 20), successes: 0, observed_rate: next(), expected_rate: next(), target: 0.5 + (next() - 0.5) * 0.2,
      rank: 1 + Math.floor(next() * 40), providers: 40, flagged: next() < 0.2 ? 1 : 0,
    };
    values.successes = Math.floor(values.measured * values.observed_rate);
    FORMULA_VARIABLE_NAMES.forEach((name, k) => { v[k] = values[name]; });
    sets.push(v);
  }
  return sets;
}

/** Fingerprint of a formula's results over the inputs. */
export function formulaFingerprint(text: string, inputs: readonly Float64Array[]): string {
  const checked = checkFormula(text);
  if (!checked.ok) throw new Error(`${text}: ${checked.problem.problem}`);
  const f = compileFormula(text, checked.tree);
  const h = new Fnv1a64();
  for (const v of inputs) h.number(f.evaluate(v));
  return h.hex();
}

/** Fingerprint of a scenario file's result with its runs capped. */
export function scenarioFingerprint(text: string, maxRuns: number): string {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.problem}`).join('; '));
  const s = { ...parsed.scenario, runs: Math.min(parsed.scenario.runs, maxRuns) };
  return hashResult(simulateScenario(compileScenario(s)));
}

/** Everything at once: what the Chromium page computes and this process compares. */
export function allFingerprints(scenarios: Readonly<Record<string, string>>, maxRuns: number, inputCount: number): Record<string, string> {
  const out: Record<string, string> = {};
  const inputs = probeInputs(inputCount);
  for (const [name, text] of Object.entries(FORMULA_PROBES)) out[`formula: ${name}`] = formulaFingerprint(text, inputs);
  for (const [file, text] of Object.entries(scenarios)) out[`scenario: ${file}`] = scenarioFingerprint(text, maxRuns);
  return out;
}
