/** simulate --until-se: stops at whole chunks, deterministically, and equals a plain run of that many runs. */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/cli/buildReport.js';
import { runScenario } from '../../src/cli/runScenario.js';
import { MIN_CHUNKS, runUntilSe } from '../../src/cli/untilSe.js';
import { CHUNK_RUNS } from '../../src/core/index.js';
import { runCli } from './runCli.js';
import { tinyScenario } from './tinyScenario.js';

const METRIC = 'purchaser.totalCost';

describe('--until-se', () => {
  it('stops once the SE is below the target, and the result is a plain run of that many runs', async () => {
    const s = tinyScenario({ runs: 1000 });
    const full = buildReport(await runScenario(s)).metrics[METRIC];
    // A target the SE reaches after about 300 runs: SE ∝ 1/√n.
    const target = full.se! * Math.sqrt(1000 / 300);
    const { outcome, convergence } = runUntilSe(s, METRIC, target);
    expect(convergence.reached).toBe(true);
    expect(convergence.runs % CHUNK_RUNS).toBe(0);
    expect(convergence.runs).toBeGreaterThan(150);
    expect(convergence.runs).toBeLessThan(600);
    const plain = await runScenario({ ...s, runs: convergence.runs });
    expect(JSON.stringify(buildReport(outcome))).toBe(JSON.stringify(buildReport(plain)));
    expect(buildReport(outcome).metrics[METRIC].se).toBeLessThanOrEqual(target * 1.01);
    expect(runUntilSe(s, METRIC, target).convergence).toEqual(convergence);
  });

  it('runs at least a few chunks, and says so when the cap comes first', () => {
    const s = tinyScenario({ runs: 300 });
    expect(runUntilSe(s, METRIC, 1e30).convergence.runs).toBe(MIN_CHUNKS * CHUNK_RUNS);
    const capped = runUntilSe(s, METRIC, 1e-9).convergence;
    expect(capped).toMatchObject({ reached: false, runs: 300, maxRuns: 300 });
  });

  it('from the command line: the JSON says where it stopped; a bad metric exits 2', async () => {
    const r = await runCli(['scenarios/default.json', '--runs', '400', '--until-se', `${METRIC}=1e30`, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^converged: purchaser\.totalCost has Monte Carlo SE .* after 100 runs \(of at most 400\)/);
    expect(JSON.parse(r.stdout)).toMatchObject({ runs: 100, convergence: { metric: METRIC, runs: 100, reached: true } });
    const bad = await runCli(['scenarios/default.json', '--until-se', 'nope=1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--until-se: unknown metric "nope"/);
  });
});
