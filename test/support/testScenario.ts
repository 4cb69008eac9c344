/**
 * Small valid scenarios for tests: a minimal scenario object with deep overrides, and the
 * same validated and compiled. Validation failures throw with every issue listed, so a test
 * that builds a bad scenario by mistake fails loudly instead of simulating something else.
 */
import { compileScenario, validateScenario, type CompiledScenario, type Scenario } from '../../src/engine.js';

/** A deep partial of the scenario format; arrays (segments) are replaced, objects merged. */
export type ScenarioOverrides = { [K in keyof Scenario]?: Scenario[K] extends object ? Partial<Scenario[K]> : Scenario[K] };

const BASE: Scenario = {
  schemaVersion: 1,
  id: 'test',
  title: { sv: 'Test', en: 'Test' },
  seed: 1,
  runs: 10,
  horizonMonths: 12,
  segments: [{ service: 'hvbYouth', providers: 4 }],
  measure: { model: 'lowerIntervention' },
  payment: { rule: 'perDiem' },
};

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function merge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return structuredClone(over);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    out[k] = k in out ? merge(out[k], v) : structuredClone(v);
  }
  return out;
}

/**
 * A fresh minimal scenario (4 HVB youth providers, 12 months, per diem) with overrides
 * applied; `base` lets another helper layer its own scenario underneath.
 */
export function testScenario(overrides: ScenarioOverrides = {}, base: Scenario = BASE): Scenario {
  return merge(base, overrides) as Scenario;
}

/** Validate and compile; throws listing what is wrong if the scenario is not valid. */
export function compileValid(s: Scenario): CompiledScenario {
  const v = validateScenario(s);
  if (!v.ok) throw new Error(`test scenario is invalid:\n${v.issues.map((i) => `${i.path}: ${i.problem}; ${i.allowed}`).join('\n')}`);
  return compileScenario(v.scenario);
}

/** testScenario + compileValid. */
export function compiledTestScenario(overrides: ScenarioOverrides = {}): CompiledScenario {
  return compileValid(testScenario(overrides));
}
