/**
 * The command-line tool: `npm run simulate -- <scenario.json> [options]` (see USAGE).
 *
 *   arguments ──parseArgs──▶ options ──loadScenario──▶ scenario (and baseline, same seed and runs)
 *   ──runScenario──▶ results ──buildReport──▶ report ──formatJson | formatCsv | formatTable──▶ output
 *
 * Exit codes: 0 success; 2 bad input, one `error: <file>: <path>: <problem>; <allowed>` line
 * per issue and no stack trace; 1 internal error (stack only with DEBUG set).
 */
import { ENGINE, type Scenario } from '../engine.js';
import { buildReport, type Report } from './buildReport.js';
import { formatCsv } from './formatCsv.js';
import { formatJson } from './formatJson.js';
import { formatTable } from './formatTable.js';
import { exitCodeFor } from './exitCodeFor.js';
import { loadScenario } from './loadScenario.js';
import { parseArgs, USAGE, type Format } from './parseArgs.js';
import { ProgressLine } from './ProgressLine.js';
import { runScenario, type RunOutcome } from './runScenario.js';
import { writeOutput } from './writeOutput.js';

const FORMATTERS: Readonly<Record<Format, (r: Report) => string>> = { json: formatJson, csv: formatCsv, table: formatTable };

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') { process.stdout.write(USAGE + '\n'); return 0; }
  if (parsed.kind === 'version') { process.stdout.write(`${ENGINE.name} ${ENGINE.version}\n`); return 0; }
  const o = parsed.options;
  // Both files are checked before anything runs; the baseline takes the design's seed and runs.
  const design = loadScenario(o.scenario, { seed: o.seed, runs: o.runs, source: 'flags' });
  const baseline = o.compare === undefined ? undefined : loadScenario(o.compare, { seed: design.seed, runs: design.runs, source: 'design' });
  const progress = o.progress || process.stderr.isTTY === true;
  const simulate = async (s: Scenario): Promise<RunOutcome> => {
    const line = progress ? new ProgressLine(`simulating ${s.id}`, { write: (t) => process.stderr.write(t), now: () => performance.now() }) : undefined;
    try {
      return await runScenario(s, { workers: o.workers, onProgress: line && ((done, total) => line.update(done, total)) });
    } finally {
      line?.finish();
    }
  };
  const designRun = await simulate(design);
  const baselineRun = baseline && (await simulate(baseline));
  const report = buildReport(designRun, { baseline: baselineRun, providers: o.providers, basis: o.basis, smallest: o.smallest });
  writeOutput(FORMATTERS[o.format](report), o.out);
  return 0;
}

// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.exitCode = exitCodeFor(e, (t) => process.stderr.write(t), Boolean(process.env.DEBUG)); },
);
