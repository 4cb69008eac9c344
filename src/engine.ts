/**
 * The engine bound to this project's model catalogue: src/core with models/ handed to it, for
 * the CLI, the worker and the page. Everything else of src/core is re-exported unchanged; only
 * the steps that resolve names against the catalogue (validate, parse, compile) are bound here.
 * A test or a tool that wants another catalogue calls src/core directly.
 */
import { catalogue } from '../models/index.js';
import {
  compileScenario as compileWith, parseScenarioText as parseWith, validateScenario as validateWith,
  type CompiledScenario, type Scenario, type Validated,
} from './core/index.js';

export * from './core/index.js';
export { catalogue };

export function validateScenario(data: unknown): Validated {
  return validateWith(data, catalogue);
}

export function parseScenarioText(raw: string): Validated {
  return parseWith(raw, catalogue);
}

export function compileScenario(s: Scenario): CompiledScenario {
  return compileWith(s, catalogue);
}
