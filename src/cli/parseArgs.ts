/**
 * The command line → options. A small parser of our own: it knows every flag, accepts
 * `--flag value` and `--flag=value`, and reports every problem at once (unknown flags, missing
 * or malformed values, a flag given twice, a missing or extra file) as input errors, exit 2.
 * Numbers are checked as text before they are converted: --runs, --seed and --workers are
 * whole numbers written in digits within the safe-integer range, so `1e-400`,
 * `10.000000000000000001` or `9007199254740993` are refused instead of being rounded to
 * something the user did not write. Ranges of --runs and --seed are then checked by the same
 * schema as the file's own fields, which the flags override.
 */
import { isMetricId, LIMITS, METRIC_IDS, OUTPUT_BASES, type MetricId, type OutputBasis, type IssueLine } from '../engine.js';
import { parseShard, type Shard } from '../core/sweep/shard.js';
import { cliMsg, COMMAND_LINE } from './cliMessages.js';
import { InputError } from './InputError.js';
import { parseFlags, type FlagKind } from './flagParser.js';
import { FORMATS, type Format } from './OutputFormat.js';

export { FORMATS, type Format };

export interface CliOptions {
  scenario: string;
  runs?: number;
  seed?: number;
  /** Split the runs among M markets and report how much of each metric's spread the market explains. */
  markets?: number;
  compare?: string;
  format: Format;
  providers: boolean;
  out?: string;
  /** Absent: runScenario's default. */
  workers?: number;
  progress: boolean;
  /** Run only this shard's block of chunks and write a partial result (see mergeMain). */
  shard?: Shard;
  /** Add chunks until this metric's Monte Carlo SE is at most `se` (capped by runs). */
  untilSe?: { metric: MetricId; se: number };
  /** Flows per year (default) or for the whole contract. */
  basis: OutputBasis;
  /** Smallest important differences for verdicts, `metric=value`, on the report's basis. */
  smallest: Partial<Record<MetricId, number>>;
  /** Print this run (1-based) per provider and payment period instead of the summary. */
  run?: number;
}

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'version' };

export const USAGE = `Usage: npm run simulate -- <scenario.json> [options]

Simulates a scenario file and prints each metric across runs (mean, sd, Monte Carlo SE,
p05, p50, p95, n).

Options:
  --runs N              number of runs (overrides the file; 1 to ${LIMITS.maxRuns})
  --seed S              random seed (overrides the file; 0 to ${LIMITS.maxSeed})
  --markets M           split the runs among M markets (fresh providers in each) and report
                        each metric's marketShare, the share of its spread the market explains
  --compare FILE        paired differences against a baseline scenario, simulated with
                        the same seed and runs (common random numbers)
  --format F            table (default), json or csv (';'-separated, '.' decimals)
  --basis B             perYear (default: totals in kronor, clients and hours per year)
                        or contract (totals over the whole horizon)
  --smallest ID=X       the smallest difference worth a verdict for metric ID, in its
                        unit on the report's basis (repeatable; default from the catalogue)
  --providers           add per-provider results
  --run R               print run R (1 to the number of runs) per provider and payment
                        period instead of the summary: measured clients, recorded good
                        outcomes, measured and true rate, flagged, deficient
  --out FILE            write the output to FILE instead of standard output
  --workers N           threads that simulate, this one included (1 to ${LIMITS.maxWorkers}; default: all cores for large jobs, this thread alone for small)
  --progress            show the progress line even when standard error is not a terminal
  --until-se M=SE       add chunks of runs until metric M's Monte Carlo SE is at most SE
                        (at most --runs runs); says where it stopped
  --shard K/N           run only the K-th of N blocks of runs and write a partial result;
                        \`npm run merge\` joins the parts into this command's output
  --help, -h            show this help
  --version             show the engine's name and version

Exit codes: 0 success; 2 bad input (one line per problem on standard error);
1 internal error (set DEBUG=1 for the stack trace).`;

/** Each flag takes a value, stands alone, or may be repeated. */
const FLAGS: Readonly<Record<string, FlagKind>> = {
  '--runs': 'value', '--seed': 'value', '--markets': 'value', '--compare': 'value', '--format': 'value', '--providers': 'flag',
  '--out': 'value', '--workers': 'value', '--progress': 'flag', '--help': 'flag', '--version': 'flag',
  '--shard': 'value', '--until-se': 'value',
  '--basis': 'value', '--smallest': 'repeat', '--run': 'value',
};
const EXPECTED: Readonly<Record<string, string>> = {
  '--runs': `a whole number from 1 to ${LIMITS.maxRuns}`,
  '--seed': `a whole number from 0 to ${LIMITS.maxSeed}`,
  '--markets': 'a whole number from 1 to 1000, at most the number of runs',
  '--compare': 'the path of a baseline scenario file',
  '--out': 'the path of the file to write',
  '--format': FORMATS.map((f) => JSON.stringify(f)).join(', ').replace(/, ([^,]*)$/, ' or $1'),
  '--workers': `a whole number from 1 to ${LIMITS.maxWorkers}`,
  '--shard': 'K/N with 1 ≤ K ≤ N, e.g. 2/3',
  '--until-se': 'a metric id and a standard error, e.g. purchaser.totalCost=1000000',
  '--basis': OUTPUT_BASES.map((f) => JSON.stringify(f)).join(' or '),
  '--smallest': 'a metric id, "=" and a non-negative number, e.g. purchaser.totalCost=1000000',
  '--run': 'a whole number from 1 to the number of runs',
};

/** Digits only: a whole number written plainly (no sign, point, exponent or spaces). */
const DIGITS = /^\d{1,16}$/;
/** A decimal number as text (for --smallest, a threshold that may have decimals). */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const { values, positional, issues } = parseFlags(argv, FLAGS, EXPECTED);
  if (values.has('--help')) return { kind: 'help' };
  if (values.has('--version')) return { kind: 'version' };

  const text = (name: string): string | undefined => values.get(name)?.[0];
  const number = (name: string): number | undefined => {
    const v = text(name);
    if (v === undefined) return undefined;
    const n = DIGITS.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n)) { issues.push(cliMsg.notPlainInteger(name, v, EXPECTED[name])); return undefined; }
    return n;
  };
  const runs = number('--runs');
  const seed = number('--seed');
  const markets = number('--markets');
  const workers = number('--workers');
  const run = number('--run');
  if (run === 0) issues.push(cliMsg.badValue('--run', '0', EXPECTED['--run']));
  if (run !== undefined) {
    for (const other of ['--compare', '--shard', '--until-se', '--markets']) {
      if (values.has(other)) issues.push({ path: '--run', problem: `cannot be used with ${other}`, allowed: 'one of them' });
    }
  }
  // Pools never start more threads than the memory estimate assumes.
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= LIMITS.maxWorkers)) {
    issues.push(cliMsg.badValue('--workers', text('--workers') ?? '', EXPECTED['--workers']));
  }
  const format = text('--format') ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) issues.push(cliMsg.badValue('--format', format, EXPECTED['--format']));

  const shard = text('--shard') === undefined ? undefined : parseShard(text('--shard') ?? '');
  if (text('--shard') !== undefined && !shard) issues.push(cliMsg.badValue('--shard', text('--shard') ?? '', EXPECTED['--shard']));
  const untilSe = parseUntilSe(text('--until-se'), issues);
  if (shard && untilSe) issues.push({ path: '--until-se', problem: 'cannot be used with --shard', allowed: 'one of them' });
  const basis = text('--basis') ?? 'perYear';
  if (!(OUTPUT_BASES as readonly string[]).includes(basis)) issues.push(cliMsg.badValue('--basis', basis, EXPECTED['--basis']));
  const smallest: Partial<Record<MetricId, number>> = {};
  for (const item of values.get('--smallest') ?? []) {
    const at = item.lastIndexOf('=');
    const id = at > 0 ? item.slice(0, at) : '', x = item.slice(at + 1);
    if (at <= 0 || !isMetricId(id) || !NUMBER.test(x) || !(Number(x) >= 0) || !Number.isFinite(Number(x))) {
      issues.push(cliMsg.badValue('--smallest', item, EXPECTED['--smallest']));
      continue;
    }
    smallest[id] = Number(x);
  }

  if (positional.length === 0) issues.push(cliMsg.noScenario());
  for (const extra of positional.slice(1)) issues.push(cliMsg.extraArgument(extra));
  if (issues.length) throw InputError.of(COMMAND_LINE, issues);

  return {
    kind: 'run',
    options: {
      scenario: positional[0],
      runs,
      seed,
      markets,
      compare: text('--compare'),
      format: format as Format,
      providers: values.has('--providers'),
      out: text('--out'),
      workers,
      progress: values.has('--progress'),
      shard,
      untilSe,
      basis: basis as OutputBasis,
      smallest,
      run,
    },
  };
}

function parseUntilSe(v: string | undefined, issues: IssueLine[]): CliOptions['untilSe'] {
  if (v === undefined) return undefined;
  const eq = v.lastIndexOf('=');
  const metric = eq > 0 ? v.slice(0, eq) : v;
  const se = eq > 0 && NUMBER.test(v.slice(eq + 1)) ? Number(v.slice(eq + 1)) : NaN;
  if (!isMetricId(metric)) issues.push({ path: '--until-se', problem: `unknown metric "${metric}"`, allowed: `one of ${METRIC_IDS.join(', ')}` });
  else if (!(se > 0)) issues.push(cliMsg.badValue('--until-se', v, EXPECTED['--until-se']));
  else return { metric, se };
  return undefined;
}
