/**
 * Gives a scenario the uncertain inputs of another (`--uncertain FILE`): each distribution
 * found in the source is put at the same path in the target wherever the target accepts it
 * (same segments, same parameter). A design and its baseline given the same distributions
 * draw the same value in the same run (streams are keyed by path), so their comparison stays
 * paired. Returns the paths taken.
 */
import type { ModelCatalogue } from '../model/ModelCatalogue.js';
import type { Scenario } from '../scenario/Scenario.js';
import { setScenarioPaths } from '../sweep/setScenarioPaths.js';
import { findUncertainInputs } from './uncertainInputs.js';

export function overlayInputs(target: Scenario, source: unknown, catalogue: ModelCatalogue): { scenario: Scenario; paths: string[] } {
  let scenario = target;
  const paths: string[] = [];
  for (const input of findUncertainInputs(source)) {
    const r = setScenarioPaths(scenario, { [input.path]: input.dist }, catalogue);
    if (r.ok) { scenario = r.scenario; paths.push(input.path); }
  }
  return { scenario, paths };
}
