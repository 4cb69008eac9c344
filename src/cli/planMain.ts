/**
 * The pilot planner's command line: `npm run plan -- <scenario.json> [options]` (PLAN_USAGE).
 *
 *   arguments ──parsePlanArgs──▶ options ──loadScenario──▶ scenario ──planPilot──▶ plan
 *   ──formatPlanJson | formatPlanCsv | formatPlanTable──▶ output
 *
 * Exit codes as the simulate command: 0 success; 2 bad input, one
 * `error: <file>: <path>: <problem>; <allowed>` line per issue; 1 internal error.
 */
import { compileScenario } from '../engine.js';
import { planPilot, PlanInputError, type PlanResult } from '../core/plan/planPilot.js';
import { COMMAND_LINE } from './cliMessages.js';
import { exitCodeFor } from './exitCodeFor.js';
import { formatPlanCsv, formatPlanJson, formatPlanTable } from './formatPlan.js';
import { InputError } from './InputError.js';
import { loadScenario } from './loadScenario.js';
import { parsePlanArgs, PLAN_USAGE } from './planArgs.js';
import type { Format } from './parseArgs.js';
import { writeOutput } from './writeOutput.js';
import { processIo, type CliIo } from './CliIo.js';

const FORMATTERS: Readonly<Record<Format, (p: PlanResult) => string>> = { json: formatPlanJson, csv: formatPlanCsv, table: formatPlanTable };

function runPlan(argv: readonly string[], io: CliIo): number {
  const write = io.out;
  const parsed = parsePlanArgs(argv);
  if (parsed.kind === 'help') { write(PLAN_USAGE + '\n'); return 0; }
  const o = parsed.options;
  const scenario = loadScenario(o.scenario, { seed: o.seed, runs: o.runs, source: 'flags' });
  let plan: PlanResult;
  try {
    plan = planPilot(compileScenario(scenario), o);
  } catch (e) {
    // A difference or benchmark the measure cannot represent is bad input, named by its flag.
    if (e instanceof PlanInputError) throw InputError.of(COMMAND_LINE, [{ path: e.field, problem: e.problem, allowed: e.allowed }]);
    throw e;
  }
  const text = FORMATTERS[o.format](plan);
  writeOutput(text, o.out, io);
  return 0;
}

const io = processIo();
try {
  process.exitCode = runPlan(process.argv.slice(2), io);
} catch (e) {
  process.exitCode = exitCodeFor(e, io.err, io.debug);
}
