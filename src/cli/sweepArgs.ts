/**
 * `npm run sweep -- <scenario.json> --vary <path>=<from>:<to>:<steps> [--vary …] [options]`
 * → options. Paths and values are only checked for form here; whether the scenario accepts
 * them is checked by building every point and validating it (pointScenario).
 */
import { LIMITS, METRIC_IDS, type IssueLine } from '../engine.js';
import type { Vary } from '../core/sweep/grid.js';
import { parsePath } from '../core/sweep/jsonPath.js';
import { parseShard, type Shard } from '../core/sweep/shard.js';
import { cliMsg } from './cliMessages.js';
import { flagReader, parseFlags, parseNumber, readRunFlags, RUN_FLAG_EXPECTED, RUN_FLAGS } from './flagParser.js';
import type { Format } from './OutputFormat.js';

export const MAX_STEPS = 1000;
export const MAX_POINTS = 10_000;

export interface SweepOptions {
  scenario: string;
  vary: Vary[];
  /** Numbers fixed at every point (`--set path=value`), applied before the varied ones. */
  set: Record<string, number>;
  runs?: number;
  seed?: number;
  compare?: string;
  solve?: { metric: string; target: number };
  shard?: Shard;
  format: Format;
  out?: string;
  workers?: number;
  progress: boolean;
}

export const SWEEP_USAGE = `Usage: npm run sweep -- <scenario.json> --vary <path>=<from>:<to>:<steps> [--vary …] [options]

Runs the scenario at every value of one or two parameters (a grid for two), every point on
the same seed (common random numbers), and prints each metric at each point.

Options:
  --vary P=A:B:N        vary the number at JSON path P (e.g. payment.params.bonusPerSuccess)
                        over N evenly spaced values from A to B; give it once or twice
  --set P=V             fix the number at JSON path P to V at every point (repeatable)
  --runs N, --seed S    as for simulate
  --compare FILE        paired differences against a baseline at every point
  --solve M=V           find the value of the (single) varied parameter at which metric M
                        (its paired difference with --compare) equals V, by bisection
                        between A and B; reports the value and its uncertainty
  --shard K/N           run only the K-th of N blocks of points and write a partial result
                        for \`npm run merge\`
  --format F            table (default), json or csv (one row per point and metric)
  --out FILE            write to FILE instead of standard output
  --workers N           worker threads (1 to ${LIMITS.maxWorkers})
  --progress            show progress on standard error

Exit codes: 0 success; 2 bad input; 1 internal error.`;

const FLAGS = {
  ...RUN_FLAGS, '--vary': 'repeat', '--set': 'repeat', '--compare': 'value', '--solve': 'value', '--shard': 'value',
} as const;

const EXPECTED: Record<string, string> = {
  ...RUN_FLAG_EXPECTED,
  '--vary': `<json path>=<from>:<to>:<steps>, e.g. payment.params.bonusPerSuccess=0:400000:9 (steps 1 to ${MAX_STEPS})`,
  '--set': '<json path>=<number>, e.g. segments[0].params.pricePerDay=4050',
  '--compare': 'the path of a baseline scenario file',
  '--solve': 'a metric id and a target, e.g. purchaser.totalCost=0 with --compare',
  '--shard': 'K/N with 1 ≤ K ≤ N, e.g. 2/3',
};

/** `path=from:to:steps` → a Vary, or an issue naming what is wrong with it. */
export function parseVary(text: string): Vary | IssueLine {
  const eq = text.lastIndexOf('=');
  const bad = (problem: string): IssueLine => ({ path: `--vary ${eq > 0 ? text.slice(0, eq) : text}`, problem, allowed: EXPECTED['--vary'] });
  if (eq <= 0) return bad('has no "=<from>:<to>:<steps>"');
  const path = text.slice(0, eq);
  if (!parsePath(path)) return bad('is not a JSON path');
  const parts = text.slice(eq + 1).split(':');
  if (parts.length !== 3) return bad(`found "${text.slice(eq + 1)}"`);
  const [from, to, steps] = parts.map(parseNumber);
  if (from === undefined || to === undefined || steps === undefined) return bad(`found "${text.slice(eq + 1)}"; from, to and steps must be plain numbers`);
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS) return bad(`steps ${steps} is not a whole number from 1 to ${MAX_STEPS}`);
  if (steps > 1 && from === to) return bad('from and to are equal but steps > 1');
  return { path, from, to, steps };
}

export function parseSweepArgs(argv: readonly string[]): { kind: 'help' } | { kind: 'run'; options: SweepOptions } {
  const p = parseFlags(argv, FLAGS, EXPECTED);
  if (p.values.has('--help')) return { kind: 'help' };
  const r = flagReader(p, EXPECTED);
  const vary: Vary[] = [];
  for (const text of r.all('--vary')) {
    const v = parseVary(text);
    if ('problem' in v) p.issues.push(v);
    else vary.push(v);
  }
  if (r.all('--vary').length === 0) p.issues.push({ path: '--vary', problem: 'missing', allowed: EXPECTED['--vary'] });
  if (r.all('--vary').length > 2) p.issues.push({ path: '--vary', problem: `given ${r.all('--vary').length} times`, allowed: 'one or two varied parameters' });
  if (new Set(vary.map((v) => v.path)).size < vary.length) p.issues.push({ path: '--vary', problem: 'the same path is varied twice', allowed: 'two different paths' });
  const points = vary.reduce((n, v) => n * v.steps, 1);
  if (points > MAX_POINTS) p.issues.push({ path: '--vary', problem: `${points} points`, allowed: `at most ${MAX_POINTS} points in one sweep; shard a bigger one over several sweeps` });
  const set: Record<string, number> = {};
  for (const text of r.all('--set')) {
    const eq = text.lastIndexOf('=');
    const value = eq > 0 ? parseNumber(text.slice(eq + 1)) : undefined;
    if (eq <= 0 || !parsePath(text.slice(0, eq)) || value === undefined) p.issues.push(cliMsg.badValue('--set', text, EXPECTED['--set']));
    else if (vary.some((v) => v.path === text.slice(0, eq))) p.issues.push({ path: `--set ${text.slice(0, eq)}`, problem: 'is also varied', allowed: 'a path that --vary does not name' });
    else set[text.slice(0, eq)] = value;
  }
  let solve: SweepOptions['solve'];
  const solveText = r.text('--solve');
  if (solveText !== undefined) {
    const eq = solveText.lastIndexOf('=');
    const metric = eq > 0 ? solveText.slice(0, eq) : solveText;
    const target = eq > 0 ? parseNumber(solveText.slice(eq + 1)) : undefined;
    if (!(METRIC_IDS as readonly string[]).includes(metric)) p.issues.push({ path: '--solve', problem: `unknown metric "${metric}"`, allowed: `one of ${METRIC_IDS.join(', ')}` });
    else if (target === undefined) p.issues.push(cliMsg.badValue('--solve', solveText, EXPECTED['--solve']));
    else solve = { metric, target };
    if (r.all('--vary').length > 1) p.issues.push({ path: '--solve', problem: 'needs exactly one --vary', allowed: 'one varied parameter; its from and to bracket the answer' });
  }
  let shard: Shard | undefined;
  const shardText = r.text('--shard');
  if (shardText !== undefined) {
    shard = parseShard(shardText);
    if (!shard) p.issues.push(cliMsg.badValue('--shard', shardText, EXPECTED['--shard']));
    if (solveText !== undefined) p.issues.push({ path: '--shard', problem: 'cannot be used with --solve', allowed: 'bisection runs one point after another; shard a plain sweep instead' });
  }
  const { scenario, runs, seed, workers, format } = readRunFlags(p, r, EXPECTED);
  return {
    kind: 'run',
    options: { scenario, vary, set, runs, seed, compare: r.text('--compare'), solve, shard, format, out: r.text('--out'), workers, progress: r.has('--progress') },
  };
}
