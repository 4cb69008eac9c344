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
    const { outcome, convergence } = await runUntilSe(s, METRIC, target, 'perYear', 1);
    expect(convergence.reached).toBe(true);
    expect(convergence.runs % CHUNK_RUNS).toBe(0);
    expect(convergence.runs).toBeGreaterThan(150);
    expect(convergence.runs).toBeLessThan(600);
    const plain = await runScenario({ ...s, runs: convergence.runs });
    expect(JSON.stringify(buildReport(outcome))).toBe(JSON.stringify(buildReport(plain)));
    expect(buildReport(outcome).metrics[METRIC].se).toBeLessThanOrEqual(target * 1.01);
    expect((await runUntilSe(s, METRIC, target, 'perYear', 1)).convergence).toEqual(convergence);
  });

  it('runs at least a few chunks, and says so when the cap comes first', async () => {
    const s = tinyScenario({ runs: 300 });
    expect((await runUntilSe(s, METRIC, 1e30, 'perYear', 1)).convergence.runs).toBe(MIN_CHUNKS * CHUNK_RUNS);
    const capped = (await runUntilSe(s, METRIC, 1e-9, 'perYear', 1)).convergence;
    expect(capped).toMatchObject({ reached: false, runs: 300, maxRuns: 300 });
  });

  it('with --workers 2 stops at the same chunk and prints the same bytes as with one worker', async () => {
    const args = ['scenarios/default.json', '--runs', '1500', '--until-se', `${METRIC}=600000`, '--format', 'json'];
    const [one, two] = await Promise.all([runCli([...args, '--workers', '1']), runCli([...args, '--workers', '2'])]);
    expect(one.code).toBe(0);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
    const runs = (JSON.parse(one.stdout) as { runs: number }).runs;
    // Stopped between the minimum and the cap, so the order of chunks mattered.
    expect(runs).toBeGreaterThan(MIN_CHUNKS * CHUNK_RUNS);
    expect(runs).toBeLessThan(1500);
  }, 300_000);

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
