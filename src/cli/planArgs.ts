/**
 * `npm run plan` arguments → options, by the same rules as the simulate command (parseArgs):
 * `--flag value` or `--flag=value`, every problem reported at once as input errors (exit 2),
 * each naming the flag and what is allowed.
 */
import { FLAG_WINDOWS, type FlagWindow } from '../core/simulate/flagWindow.js';
import { LIMITS, type IssueLine } from '../engine.js';
import { cliMsg, COMMAND_LINE } from './cliMessages.js';
import { InputError } from './InputError.js';
import { parseFlags, type FlagKind } from './flagParser.js';
import { FORMATS, type Format } from './OutputFormat.js';

export interface PlanCliOptions {
  scenario: string;
  difference?: number;
  relative?: number;
  benchmark?: number;
  alpha?: number;
  power?: number;
  windows?: FlagWindow[];
  runs?: number;
  seed?: number;
  replicates?: number;
  format: Format;
  out?: string;
}

export type ParsedPlanArgs = { kind: 'plan'; options: PlanCliOptions } | { kind: 'help' };

export const PLAN_USAGE = `Usage: npm run plan -- <scenario.json> [options]

How many measured clients per provider the scenario's measure needs to find a provider that
is worse than the benchmark, by the normal-approximation formula and by simulating the
measure; wrong flags, misses and the precision of flags across thresholds for each judging
window; and what a pilot of the scenario's size can and cannot show.

Options:
  --difference D        a provider D worse in its true good-outcome rate (default 0.1 = 10 points)
  --relative K          or a provider with K times the typical rate (0 < K < 1; rare outcomes)
  --benchmark B         the rate providers are tested against (default: the typical provider's
                        recorded rate); also used for the ROC
  --alpha A             one-sided level of the test (default 0.05)
  --power P             power wanted (default 0.8)
  --window W[,W…]       judging windows for the ROC: ${FLAG_WINDOWS.join(', ')} (default all)
  --runs N              whole-scenario runs for the ROC (default the scenario's runs)
  --seed S              random seed (overrides the file)
  --replicates N        simulated providers for the power curve (default 2000)
  --format F            table (default), json or csv (';'-separated, '.' decimals)
  --out FILE            write the output to FILE instead of standard output
  --help, -h            show this help

Exit codes: 0 success; 2 bad input (one line per problem on standard error);
1 internal error (set DEBUG=1 for the stack trace).`;

const FLAGS = ['--difference', '--relative', '--benchmark', '--alpha', '--power', '--window', '--runs', '--seed', '--replicates', '--format', '--out'] as const;
type Flag = (typeof FLAGS)[number];
const KINDS: Readonly<Record<string, FlagKind>> = { ...Object.fromEntries(FLAGS.map((f) => [f, 'value' as const])), '--help': 'flag' };

const EXPECTED: Readonly<Record<Flag, string>> = {
  '--difference': 'a number above 0 and below 1 (0.1 = 10 points)',
  '--relative': 'a number above 0 and below 1 (0.5 = half the typical rate)',
  '--benchmark': 'a rate above 0 and below 1',
  '--alpha': 'a number above 0 and below 0.5, e.g. 0.05',
  '--power': 'a number above 0 and below 1, e.g. 0.8',
  '--window': `one or more of ${FLAG_WINDOWS.join(', ')}, separated by commas`,
  '--runs': `a whole number from 1 to ${LIMITS.maxRuns}`,
  '--seed': 'a whole number from 0 to 4294967295',
  '--replicates': 'a whole number from 100 to 100000',
  '--format': FORMATS.map((f) => JSON.stringify(f)).join(', ').replace(/, ([^,]*)$/, ' or $1'),
  '--out': 'the path of the file to write',
};

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Range checks for the numeric flags (the planner checks how they combine). */
const RANGE: Partial<Record<Flag, (x: number) => boolean>> = {
  '--difference': (x) => x > 0 && x < 1,
  '--relative': (x) => x > 0 && x < 1,
  '--benchmark': (x) => x > 0 && x < 1,
  '--alpha': (x) => x > 0 && x < 0.5,
  '--power': (x) => x > 0 && x < 1,
  '--runs': (x) => Number.isInteger(x) && x >= 1 && x <= LIMITS.maxRuns,
  '--seed': (x) => Number.isInteger(x) && x >= 0 && x <= 4294967295,
  '--replicates': (x) => Number.isInteger(x) && x >= 100 && x <= 100000,
};

export function parsePlanArgs(argv: readonly string[]): ParsedPlanArgs {
  const parsed = parseFlags(argv, KINDS, EXPECTED);
  if (parsed.values.has('--help')) return { kind: 'help' };
  const { positional, issues } = parsed;
  const values = new Map([...parsed.values].map(([k, v]) => [k, v[0]]));
  const number = (flag: Flag): number | undefined => {
    const v = values.get(flag);
    if (v === undefined) return undefined;
    const x = Number(v);
    if (!NUMBER.test(v) || !(RANGE[flag]?.(x) ?? true)) { issues.push(cliMsg.badValue(flag, v, EXPECTED[flag])); return undefined; }
    return x;
  };
  const options = {
    difference: number('--difference'), relative: number('--relative'), benchmark: number('--benchmark'),
    alpha: number('--alpha'), power: number('--power'), runs: number('--runs'), seed: number('--seed'), replicates: number('--replicates'),
  };
  if (options.difference !== undefined && options.relative !== undefined) {
    issues.push({ path: '--relative', problem: 'given together with --difference', allowed: 'one of --difference or --relative' });
  }
  let windows: FlagWindow[] | undefined;
  const w = values.get('--window');
  if (w !== undefined) {
    const parts = w.split(',').map((x) => x.trim());
    const bad = parts.filter((x) => !(FLAG_WINDOWS as readonly string[]).includes(x));
    if (bad.length || parts.length === 0) issues.push(cliMsg.badValue('--window', w, EXPECTED['--window']));
    else windows = [...new Set(parts as FlagWindow[])];
  }
  const format = values.get('--format') ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) issues.push(cliMsg.badValue('--format', format, EXPECTED['--format']));
  if (positional.length === 0) issues.push(cliMsg.noScenario());
  for (const extra of positional.slice(1)) issues.push(cliMsg.extraArgument(extra));
  if (issues.length) throw InputError.of(COMMAND_LINE, issues);
  return { kind: 'plan', options: { scenario: positional[0], ...options, windows, format: format as Format, out: values.get('--out') } };
}
