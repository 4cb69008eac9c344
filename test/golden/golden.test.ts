/**
 * Every shipped scenario's results at a fixed seed and run count must equal its pinned file
 * in test/golden/results/ exactly. If this fails after a change you meant to make, run
 * `npm run golden:update`, review the diff of test/golden/results/ and commit it with the change.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_RUNS, GOLDEN_SEED, goldenReport, RESULTS_DIR, scenarioIds } from './goldenReport.js';

const HOW_TO_UPDATE = 'results differ from the pinned file; if the change is intended, run `npm run golden:update` and commit the reviewed diff of test/golden/results/';

describe(`pinned results (seed ${GOLDEN_SEED}, ${GOLDEN_RUNS} runs)`, () => {
  const ids = scenarioIds();

  for (const id of ids) {
    it(id, async () => {
      const path = `${RESULTS_DIR}${id}.json`;
      expect(existsSync(path), `no pinned results for ${id}; run \`npm run golden:update\``).toBe(true);
      const pinned = readFileSync(path, 'utf8');
      const actual = await goldenReport(id);
      // Parsed first, for a readable diff of the values that moved; then byte for byte.
      expect(JSON.parse(actual), `${id}: ${HOW_TO_UPDATE}`).toEqual(JSON.parse(pinned));
      expect(actual, `${id}: ${HOW_TO_UPDATE}`).toBe(pinned);
    });
  }

  it('has no pinned results for scenarios that are gone', () => {
    const pinned = existsSync(RESULTS_DIR) ? readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')) : [];
    expect(pinned.filter((p) => !ids.includes(p)), 'run `npm run golden:update` to remove them').toEqual([]);
  });
});
