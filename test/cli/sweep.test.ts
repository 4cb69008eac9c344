/**
 * Sweeps: a point is a plain run of its scenario (byte for byte in its metrics), --solve
 * agrees with a fine sweep, and bad paths or ranges are input errors naming the path.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridPoints, gridValues } from '../../src/core/sweep/grid.js';
import { solveBisection, sweepCrossing } from '../../src/core/sweep/solve.js';
import { buildReport } from '../../src/cli/buildReport.js';
import { InputError } from '../../src/cli/InputError.js';
import { PointRunner } from '../../src/cli/PointRunner.js';
import { setPaths } from '../../src/cli/pointScenario.js';
import { runScenario } from '../../src/cli/runScenario.js';
import { parseSweepArgs } from '../../src/cli/sweepArgs.js';
import { sweepPoint } from '../../src/cli/sweepReport.js';
import { runEntry } from './runEntry.js';
import { tinyScenario } from './tinyScenario.js';

const PATH = 'payment.params.bonusPerSuccess';

describe('a sweep point is a plain run of its scenario', () => {
  it('in process: the same metrics and comparison, byte for byte', async () => {
    const base = tinyScenario();
    const baseline = await runScenario(tinyScenario({ payment: { rule: 'perDiem' } }));
    const runner = new PointRunner(1, 0);
    for (const values of gridPoints([{ path: PATH, values: gridValues({ path: PATH, from: 0, to: 300000, steps: 3 }) }])) {
      const point = sweepPoint(values, await runner.run(setPaths(base, values, '--vary')), baseline);
      const plain = buildReport(await runScenario(tinyScenario({ payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: values[PATH] } } })), { baseline });
      expect(JSON.stringify(point.metrics)).toBe(JSON.stringify(plain.metrics));
      expect(JSON.stringify(point.comparison)).toBe(JSON.stringify(plain.comparison?.metrics));
    }
  });

  it('from the command line: sweep --format json equals simulate --format json of the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sweep-'));
    const file = join(dir, 'bonus.json');
    writeFileSync(file, JSON.stringify(tinyScenario({ payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 50000 } } })));
    const [sweep, plain] = await Promise.all([
      runEntry('sweepMain', [file, '--vary', `${PATH}=50000:150000:2`, '--format', 'json']),
      runEntry('main', [file, '--format', 'json']),
    ]);
    expect(sweep.stderr).toBe('');
    const report = JSON.parse(sweep.stdout) as { vary: Array<{ path: string; values: number[] }>; points: Array<{ values: Record<string, number>; metrics: unknown }>; seed: number; runs: number };
    expect(report.vary).toEqual([{ path: PATH, values: [50000, 150000] }]);
    expect(report.points[0].values).toEqual({ [PATH]: 50000 });
    expect(JSON.stringify(report.points[0].metrics)).toBe(JSON.stringify((JSON.parse(plain.stdout) as { metrics: unknown }).metrics));
    expect(JSON.stringify(report.points[1].metrics)).not.toBe(JSON.stringify(report.points[0].metrics));
  });
});

describe('--solve', () => {
  it('finds the same value as a fine sweep on a monotone metric (payments rise with the bonus)', async () => {
    const base = tinyScenario({ runs: 25 });
    const runner = new PointRunner(1, 0);
    const payments = async (x: number) => {
      const p = sweepPoint({ [PATH]: x }, await runner.run(setPaths(base, { [PATH]: x }, '--vary')), undefined);
      return { x, value: p.metrics['purchaser.payments'].mean!, se: p.metrics['purchaser.payments'].se! };
    };
    const fine = await Promise.all(gridValues({ path: PATH, from: 0, to: 400000, steps: 41 }).map(payments));
    const target = (fine[0].value + fine[40].value) / 2;
    const solved = await solveBisection(payments, { target, lo: 0, hi: 400000 });
    expect(solved.ok).toBe(true);
    if (!solved.ok) return;
    // Payments are linear in the bonus on common random numbers, so both find the same crossing.
    expect(Math.abs(solved.value - sweepCrossing(fine, target)!)).toBeLessThan(400000 / 1000);
    expect(solved.se).toBeGreaterThan(0);
  });
});

describe('bad sweeps are input errors naming the path', () => {
  it('rejects malformed --vary, --solve and --shard before running anything', () => {
    const issues = (argv: string[]): string[] => {
      try { parseSweepArgs(argv); return []; } catch (e) { return e instanceof InputError ? e.lines() : [String(e)]; }
    };
    expect(issues(['s.json', '--vary', 'a.b=0:1'])[0]).toMatch(/--vary a\.b: found "0:1"/);
    expect(issues(['s.json', '--vary', 'a..b=0:1:3'])[0]).toMatch(/--vary a\.\.b: is not a JSON path/);
    expect(issues(['s.json', '--vary', 'a=0:1:0'])[0]).toMatch(/steps 0/);
    expect(issues(['s.json'])[0]).toMatch(/--vary: missing/);
    expect(issues(['s.json', '--vary', 'a=0:1:3', '--vary', 'b=0:1:3', '--solve', 'purchaser.totalCost=0'])[0]).toMatch(/--solve: needs exactly one --vary/);
    expect(issues(['s.json', '--vary', 'a=0:1:3', '--solve', 'nope=0'])[0]).toMatch(/--solve: unknown metric "nope"/);
    expect(issues(['s.json', '--vary', 'a=0:1:3', '--shard', '4/3'])[0]).toMatch(/--shard: found "4\/3"/);
  });

  it('a path the scenario does not know, or a value out of bounds, exits 2 naming the path', async () => {
    const unknown = await runEntry('sweepMain', ['scenarios/default.json', '--vary', 'segments[0].params.pricePerDy=1:2:2']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: command line: --vary segments\[0\]\.params\.pricePerDy: /);
    expect(() => setPaths(tinyScenario(), { [PATH]: -1 }, '--vary')).toThrow(/--vary payment\.params\.bonusPerSuccess: .*-1/);
    expect(() => setPaths(tinyScenario(), { 'segments[4].providers': 1 }, '--vary')).toThrow(/--vary segments\[4\]\.providers/);
  });
});
