/**
 * `npm run sensitivity -- <scenario.json> [--compare <baseline.json>] [--metric <id>] …`
 * (see SENSITIVITY_USAGE): the tornado of every uncertain input, the variance shares and,
 * with a baseline, EVPI and EVPPI (src/core/sensitivity/runSensitivity). The runs go to one
 * warm PointRunner, so each point costs its simulation only.
 */
import { catalogue, ENGINE, isMetricId, LIMITS, METRIC_IDS, parseScenarioText, type Scenario } from '../engine.js';
import { overlayInputs } from '../core/sensitivity/overlayInputs.js';
import { inputLabel } from '../core/sensitivity/inputLabel.js';
import { DEFAULT_SENSITIVITY, runSensitivity, sensitivityJobCount } from '../core/sensitivity/runSensitivity.js';
import { INPUT_CHOICES, type InputChoice } from '../core/sensitivity/tornado.js';
import { cliMsg } from './cliMessages.js';
import { exitCodeFor } from './exitCodeFor.js';
import { flagReader, parseFlags, readRunFlags, RUN_FLAG_EXPECTED, RUN_FLAGS } from './flagParser.js';
import { formatSensitivity, type SensitivityReport } from './formatSensitivity.js';
import { InputError } from './InputError.js';
import { loadScenario } from './loadScenario.js';
import { PointRunner, scenarioWork } from './PointRunner.js';
import { ProgressLine } from './ProgressLine.js';
import { readScenarioFile } from './readScenarioFile.js';
import { writeOutput } from './writeOutput.js';
import { processIo } from './CliIo.js';

/** Output straight to the file descriptors, so a full disk or a closed pipe is noticed. */
const io = processIo();

export const SENSITIVITY_USAGE = `Usage: npm run sensitivity -- <scenario.json> [options]

Which uncertain inputs drive the answer. A tornado, sorted by swing: every input given as a
distribution is set to its 10th and 90th percentile (the others at their medians), and every
parameter whose default is an estimate with a documented plausible range (models/) to the
ends of that range (the others at the scenario's values); estimates that cannot matter here
(their behaviour or section is switched off) are listed as skipped. The payment rule's own
parameters are the design, not inputs: sweep them. From one run with the distributions drawn
per run, each one's first-order share of the metric's variance; with --compare, the expected
value of perfect information (EVPI) and of partial perfect information per distribution
(EVPPI) for choosing the design over the baseline on net benefit = value per outcome ×
attributable good outcomes − total cost. All on one seed.

Options:
  --metric ID             the metric (default ${DEFAULT_SENSITIVITY.metric})
  --inputs WHICH          all (default), distributions or estimates: the tornado's inputs
  --compare FILE          paired differences against a baseline; adds EVPI and EVPPI
  --uncertain FILE        take the uncertain inputs (distributions) of FILE into the scenario
                          and the baseline, e.g. scenarios/uncertain-inputs.json
  --value-per-outcome V   SEK per good outcome for net benefit (default ${DEFAULT_SENSITIVITY.valuePerOutcome})
  --runs N, --seed S      as for simulate (runs per point)
  --format F              table (default), json or csv
  --out FILE              write to FILE instead of standard output
  --workers N             worker threads (1 to ${LIMITS.maxWorkers})
  --progress              show progress on standard error

Exit codes: 0 success; 2 bad input; 1 internal error.`;

const FLAGS = {
  ...RUN_FLAGS, '--metric': 'value', '--inputs': 'value', '--compare': 'value', '--uncertain': 'value', '--value-per-outcome': 'value',
} as const;

const EXPECTED: Record<string, string> = {
  '--metric': `one of ${METRIC_IDS.join(', ')}`,
  '--inputs': INPUT_CHOICES.map((c) => JSON.stringify(c)).join(', '),
  '--value-per-outcome': 'a number of SEK, 0 or more',
  ...RUN_FLAG_EXPECTED,
};

async function main(argv: readonly string[]): Promise<number> {
  const p = parseFlags(argv, FLAGS, EXPECTED);
  if (p.values.has('--help')) { process.stdout.write(SENSITIVITY_USAGE + '\n'); return 0; }
  const r = flagReader(p, EXPECTED);
  const metricText = r.text('--metric') ?? DEFAULT_SENSITIVITY.metric;
  if (!isMetricId(metricText)) p.issues.push(cliMsg.badValue('--metric', metricText, EXPECTED['--metric']));
  const metric = isMetricId(metricText) ? metricText : DEFAULT_SENSITIVITY.metric;
  const inputsText = r.text('--inputs') ?? DEFAULT_SENSITIVITY.inputs;
  const isChoice = (x: string): x is InputChoice => (INPUT_CHOICES as readonly string[]).includes(x);
  if (!isChoice(inputsText)) p.issues.push(cliMsg.badValue('--inputs', inputsText, EXPECTED['--inputs']));
  const inputs = isChoice(inputsText) ? inputsText : DEFAULT_SENSITIVITY.inputs;
  const valuePerOutcome = r.number('--value-per-outcome') ?? DEFAULT_SENSITIVITY.valuePerOutcome;
  if (!(valuePerOutcome >= 0)) p.issues.push(cliMsg.badValue('--value-per-outcome', String(valuePerOutcome), EXPECTED['--value-per-outcome']));
  const { scenario, runs, seed, workers, format } = readRunFlags(p, r, EXPECTED);

  let design = loadScenario(scenario, { seed, runs, source: 'flags' });
  const compareFile = r.text('--compare');
  let baseline = compareFile === undefined ? undefined : loadScenario(compareFile, { seed: design.seed, runs: design.runs, source: 'design' });
  const uncertainFile = r.text('--uncertain');
  if (uncertainFile !== undefined) {
    const source = parseScenarioText(readScenarioFile(uncertainFile));
    if (!source.ok) throw InputError.of(uncertainFile, source.issues);
    design = overlayInputs(design, source.scenario, catalogue).scenario;
    if (baseline) baseline = overlayInputs(baseline, source.scenario, catalogue).scenario;
  }
  const total = sensitivityJobCount(design, baseline, inputs, catalogue);
  if (total === 0) {
    const none = inputs === 'estimates' ? 'no estimate with a range is active in this scenario' : `no uncertain inputs: no parameter is given as a distribution${inputs === 'all' ? ' and no estimate with a range is active' : ''}`;
    throw InputError.of(scenario, [{ path: '$', problem: none, allowed: 'give inputs as distributions (docs/scenario-format.md), take them from another file with --uncertain scenarios/uncertain-inputs.json, or use --inputs all' }]);
  }
  const runner = new PointRunner(workers, scenarioWork(design) * total);
  const line = r.has('--progress') || process.stderr.isTTY === true ? new ProgressLine('sensitivity', { write: (t) => process.stderr.write(t), now: () => performance.now() }) : undefined;
  let done = 0;
  try {
    const outcome = await runSensitivity(design, baseline, { ...DEFAULT_SENSITIVITY, metric, valuePerOutcome, inputs }, async (s: Scenario) => {
      const result = (await runner.run(s)).result;
      line?.update(++done, Math.max(total, done));
      return result;
    }, catalogue);
    if (!outcome.ok) throw new InputError(outcome.issues.map((issue) => ({ file: scenario, issue: { ...issue, problem: `${issue.problem} (at a tornado end: the 10th or 90th percentile of this input, or an end of its range)` } })));
    const report: SensitivityReport = {
      engine: { name: ENGINE.name, version: ENGINE.version },
      scenario: { id: design.id, title: { sv: design.title.sv, en: design.title.en } },
      seed: design.seed,
      runs: design.runs,
      ...(baseline ? { baseline: { id: baseline.id, title: { sv: baseline.title.sv, en: baseline.title.en } } } : {}),
      ...outcome.result,
      // Paths stay the key; the parameter's label (the editor's) is added for a reader.
      tornado: outcome.result.tornado.map((row) => ({ ...row, label: inputLabel(row.path, design, catalogue).en })),
    };
    writeOutput(formatSensitivity(report, format), r.text('--out'), io);
    return 0;
  } finally {
    line?.finish();
    runner.dispose();
  }
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.exitCode = exitCodeFor(e, (t) => process.stderr.write(t), Boolean(process.env.DEBUG)); },
);
