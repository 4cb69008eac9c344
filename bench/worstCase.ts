/**
 * The most expensive scenarios the validator accepts (test/support/worstCaseScenarios.ts),
 * timed: each family's CPU time per run, measured on a few runs of the accepted scenario on
 * this thread (runs are independent, so the whole takes runs × that), against the estimate
 * that admitted it, and the shipped scenarios' estimates against their measured time. Timing
 * lives here, not in the unit tests, so a busy machine cannot make a test flaky; the tests
 * assert on the estimate. `npx tsx bench/worstCase.ts` (a few minutes of CPU).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { compileScenario, parseScenarioText, LIMITS, type Scenario } from '../src/engine.js';
import { estimateResources } from '../src/core/validate/estimateResources.js';
import { simulateRun } from '../src/core/simulate/simulateRun.js';
import { METRIC_COUNT } from '../src/core/metrics/metricCatalogue.js';
import { WORST_CASE_FAMILIES, atMaxRuns } from '../test/support/worstCaseScenarios.js';

/** CPU seconds per run, from as many runs as fit in about `budget` seconds (at least 2, after one warm-up run). */
function cpuPerRun(s: Scenario, budget: number): { perRun: number; timed: number } {
  const c = compileScenario(s);
  const out = new Float64Array(METRIC_COUNT);
  simulateRun(c, 0, out, 0);
  const start = process.cpuUsage();
  let runs = 0, spent = 0;
  while (runs < 2 || (spent < budget && runs < c.runs)) {
    simulateRun(c, 1 + runs, out, 0);
    runs++;
    const t = process.cpuUsage(start);
    spent = (t.user + t.system) / 1e6;
  }
  return { perRun: spent / runs, timed: runs };
}

const fmt = (s: number): string => (s < 120 ? `${s.toFixed(1)} s` : s < 7200 ? `${(s / 60).toFixed(1)} min` : `${(s / 3600).toFixed(2)} h`);

console.log(`CPU ceiling: ${fmt(LIMITS.maxCpuSeconds)} on one core\n`);
console.log('Worst accepted scenarios (runs = the most validation accepts):');
let worst = 0;
for (const family of WORST_CASE_FAMILIES) {
  const w = atMaxRuns(family);
  if (!w) { console.log(`  ${family.name}: refused even at one run`); continue; }
  const estimate = estimateResources(compileScenario(w.scenario)).work;
  const { perRun, timed } = cpuPerRun(w.scenario, 3);
  const projected = perRun * w.scenario.runs;
  worst = Math.max(worst, projected);
  console.log(`  ${family.name}: ${w.scenario.runs} runs; estimate ${fmt(estimate.seconds)} (${estimate.parts[0].source}); measured ${(perRun * 1e3).toFixed(2)} ms/run over ${timed} runs → ${fmt(projected)} (${(projected / estimate.seconds).toFixed(2)} of the estimate)`);
}
console.log(`  most expensive accepted: ${fmt(worst)} of CPU\n`);

console.log('Shipped scenarios (estimate / measured per run):');
const dir = new URL('../scenarios/', import.meta.url);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const v = parseScenarioText(readFileSync(new URL(file, dir), 'utf8'));
  if (!v.ok) { console.log(`  ${file}: REFUSED ${v.issues[0].problem}`); continue; }
  const c = compileScenario(v.scenario);
  const perRunEstimate = estimateResources(c).work.seconds / c.runs;
  const { perRun } = cpuPerRun(v.scenario, 0.5);
  console.log(`  ${file}: estimate ${(perRunEstimate * 1e3).toFixed(2)} ms/run, measured ${(perRun * 1e3).toFixed(2)} ms/run (${(perRun / perRunEstimate).toFixed(2)})`);
}
