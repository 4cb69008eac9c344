/**
 * A scenario with some numbers set by JSON path (a sweep point, a tornado end), validated by
 * the same schema as a file, so a path the schema does not know or a value out of a
 * parameter's bounds comes back as the validator's own issue. Used by the CLI and the page.
 */
import type { ModelCatalogue } from '../model/ModelCatalogue.js';
import type { Scenario } from '../scenario/Scenario.js';
import type { IssueLine } from '../issues/messages.js';
import { validateScenario } from '../validate/validateScenario.js';
import { parsePath, setAt } from './jsonPath.js';

export function setScenarioPaths(base: Scenario, values: Readonly<Record<string, unknown>>, catalogue: ModelCatalogue): { ok: true; scenario: Scenario } | { ok: false; issues: IssueLine[] } {
  let data: unknown = base;
  for (const [text, value] of Object.entries(values)) {
    const path = parsePath(text);
    if (!path) return { ok: false, issues: [{ path: text, problem: 'not a JSON path', allowed: 'a path such as segments[0].params.costPerClientMonth or payment.params.bonusPerSuccess' }] };
    const set = setAt(data, path, value);
    if (!set.ok) return { ok: false, issues: [{ path: text, problem: 'leads through a value that is not an object or past the end of a list', allowed: 'a path to a parameter of the scenario, e.g. segments[0].params.costPerClientMonth' }] };
    data = set.data;
  }
  const checked = validateScenario(data, catalogue);
  return checked.ok ? { ok: true, scenario: checked.scenario } : { ok: false, issues: checked.issues };
}
