/**
 * The `simulate` command, callable in process: arguments and the process's streams in, the
 * exit code out (see USAGE). Tests call it directly; src/cli/main.ts runs it as a process.
 *
 *   arguments ──parseArgs──▶ options ──loadScenario──▶ scenario (and baseline, same seed and runs)
 *   ──runScenario──▶ results ──buildReport──▶ report ──formatJson | formatCsv | formatTable──▶ output
 *
 * Exit codes: 0 success; 2 bad input (including output that cannot be written and a payment
 * formula that fails at run time), one `error: <file>: <path>: <problem>; <allowed>` line per
 * issue and no stack trace; 1 internal error (stack only with DEBUG set).
 */
import { captureRun, compileScenario, ENGINE, type Scenario } from '../engine.js';
import { formatRunPeriods } from './formatRunPeriods.js';
import { buildReport, type Report } from './buildReport.js';
import type { CliIo } from './CliIo.js';
import { exitCodeFor } from './exitCodeFor.js';
import { formatCsv } from './formatCsv.js';
import { formatJson } from './formatJson.js';
import { formatTable } from './formatTable.js';
import { formulaIssue, isFormulaError } from './formulaFailure.js';
import { InputError } from './InputError.js';
import { COMMAND_LINE } from './cliMessages.js';
import { loadScenario } from './loadScenario.js';
import { parseArgs, USAGE, type Format } from './parseArgs.js';
import { ProgressLine } from './ProgressLine.js';
import { runScenario, type RunOutcome } from './runScenario.js';
import { checkOutPath, writeOutput } from './writeOutput.js';
import { simulateShard } from './simulateShard.js';
import { convergenceNote, runUntilSe } from './untilSe.js';

const FORMATTERS: Readonly<Record<Format, (r: Report) => string>> = { json: formatJson, csv: formatCsv, table: formatTable };

export async function simulateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await simulate(argv, io);
  } catch (e) {
    return exitCodeFor(e, io.err, io.debug);
  }
}

async function simulate(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') { writeOutput(USAGE + '\n', undefined, io); return 0; }
  if (parsed.kind === 'version') { writeOutput(`${ENGINE.name} ${ENGINE.version}\n`, undefined, io); return 0; }
  const o = parsed.options;
  if (o.out !== undefined) {
    checkOutPath(o.out, [{ role: 'scenario file', path: o.scenario }, ...(o.compare === undefined ? [] : [{ role: '--compare baseline', path: o.compare }])]);
  }
  // Both files are checked before anything runs; the baseline takes the design's seed and runs.
  const design = loadScenario(o.scenario, { seed: o.seed, runs: o.runs, markets: o.markets, source: 'flags' });
  const baseline = o.compare === undefined ? undefined : loadScenario(o.compare, { seed: design.seed, runs: design.runs, markets: design.markets, source: 'design' });
  // --run: one run again, in detail (a run depends only on seed and run number).
  if (o.run !== undefined) {
    if (o.run > design.runs) throw InputError.of(COMMAND_LINE, [{ path: '--run', problem: `found ${o.run}`, allowed: `a whole number from 1 to ${design.runs}, the number of runs` }]);
    writeOutput(formatRunPeriods(design, captureRun(compileScenario(design), o.run - 1), o.format), o.out, io);
    return 0;
  }
  const progress = o.progress || io.errIsTerminal;
  const run = async (s: Scenario, file: string): Promise<RunOutcome> => {
    const line = progress ? new ProgressLine(`simulating ${s.id}`, { write: io.err, now: () => performance.now() }) : undefined;
    try {
      return await runScenario(s, { workers: o.workers, onProgress: line && ((done, total) => line.update(done, total)) });
    } catch (e) {
      // A formula failing for some provider's values is a problem of this file.
      if (isFormulaError(e)) throw InputError.of(file, [formulaIssue(e)]);
      throw e;
    } finally {
      line?.finish();
    }
  };
  // --shard: this shard's block of chunks as a part for `npm run merge`.
  if (o.shard) { writeOutput(JSON.stringify(await simulateShard(design, baseline, o.shard, o.format, { providers: o.providers, basis: o.basis, smallest: o.smallest }, o.workers)) + '\n', o.out, io); return 0; }
  const converged = o.untilSe && (await runUntilSe(design, o.untilSe.metric, o.untilSe.se, o.basis, o.workers));
  if (converged) io.err(convergenceNote(converged.convergence) + '\n');
  const designRun = converged ? converged.outcome : await run(design, o.scenario);
  const baselineRun = baseline && (await run(converged ? { ...baseline, runs: designRun.compiled.runs } : baseline, o.compare ?? ''));
  const report = buildReport(designRun, { baseline: baselineRun, providers: o.providers, basis: o.basis, smallest: o.smallest });
  // JSON says where a --until-se run stopped; the other formats get the note on stderr only.
  const text = converged && o.format === 'json' ? JSON.stringify({ ...report, convergence: converged.convergence }, null, 2) + '\n' : FORMATTERS[o.format](report);
  writeOutput(text, o.out, io);
  return 0;
}
