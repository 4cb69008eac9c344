/**
 * `npm run golden:update`: rewrites the pinned results of every shipped scenario and removes
 * those of scenarios that no longer exist. Run it only when a change in results is intended,
 * and review the diff before committing.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { goldenReport, RESULTS_DIR, scenarioIds } from './goldenReport.js';

mkdirSync(RESULTS_DIR, { recursive: true });
const ids = scenarioIds();
for (const id of ids) {
  const path = `${RESULTS_DIR}${id}.json`;
  const text = await goldenReport(id);
  let old = '';
  try { old = readFileSync(path, 'utf8'); } catch { /* new scenario */ }
  writeFileSync(path, text);
  process.stdout.write(`${old === text ? 'unchanged' : old ? 'updated  ' : 'created  '} ${path}\n`);
}
for (const file of readdirSync(RESULTS_DIR)) {
  if (file.endsWith('.json') && !ids.includes(file.replace(/\.json$/, ''))) {
    rmSync(`${RESULTS_DIR}${file}`);
    process.stdout.write(`removed   ${RESULTS_DIR}${file}\n`);
  }
}
