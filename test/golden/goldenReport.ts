/**
 * Pinned ("golden") results: each shipped scenario at a fixed seed and a small run count,
 * with per-provider results, in the CLI's JSON format. The engine is deterministic, so any
 * change in these files is a change in results and must be made on purpose with
 * `npm run golden:update`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildReport } from '../../src/cli/buildReport.js';
import { formatJson } from '../../src/cli/formatJson.js';
import { loadScenario } from '../../src/cli/loadScenario.js';
import { runScenario } from '../../src/cli/runScenario.js';

export const GOLDEN_SEED = 4242;
/** Two chunks (25 + 15), so the merge of chunks is pinned too. */
export const GOLDEN_RUNS = 40;

export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
export const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

export function scenarioIds(): string[] {
  return readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
}

export async function goldenReport(id: string): Promise<string> {
  const scenario = loadScenario(`${SCENARIO_DIR}${id}.json`, { seed: GOLDEN_SEED, runs: GOLDEN_RUNS, source: 'flags' });
  return formatJson(buildReport(await runScenario(scenario, { workers: 1 }), { providers: true }));
}
