/** The benchmark's report as aligned plain-text tables. */
import type { BenchReport } from './BenchReport.js';
import type { ProcessTiming } from './coldStart.js';

function table(title: string, rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return `${title}\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n\n`;
}

const s = (x: number): string => `${x.toFixed(2)} s`;
const n = (x: number): string => Math.round(x).toLocaleString('en-US');
const yes = (ok: boolean): string => (ok ? 'met' : 'NOT met');
const timing = (t: ProcessTiming): string => `${s(t.medianSeconds)}  (fastest ${s(t.minSeconds)}, ${t.samples} sample${t.samples > 1 ? 's' : ''}, exit code ${t.exitCode})`;

export function formatReport(r: BenchReport): string {
  const m = r.machine;
  const twoWorkerRatio = r.ratio.find((x) => x.workers === 2)?.ratio ?? NaN;
  return [
    r.quick ? 'QUICK RUN: smoke test of the benchmark, the figures mean nothing.\n\n' : '',
    table('Machine', [['cpu', m.cpu], ['cores', String(m.cores)], ['memory', `${m.memoryGB} GiB`], ['node', `${m.node} (V8 ${m.v8}, ${m.platform})`]]),
    table('Generators (ns per uniform draw, one thread)', r.generators.map((g) => [g.id, `${g.nsPerDraw.toFixed(2)} ns  (${g.relativeToSfc32.toFixed(2)}× sfc32)  ${g.description}`])),
    table(`Engine, one thread (${r.engine.scenario}, ${r.engine.runs} runs)`, [
      ['client-episodes', n(r.engine.clientEpisodes)],
      ['client-episodes per second', n(r.engine.clientEpisodesPerSecond)],
    ]),
    table(`load test bench/load-750.json (750 providers), ${n(r.cityWide.runs)} runs, ${n(r.cityWide.clientEpisodes)} client-episodes (wall time from starting the pool: this thread and N − 1 worker threads, fresh process)`, [
      ...r.cityWide.workers.map((c): [string, string] => [`engine, ${c.workers} thread${c.workers > 1 ? 's' : ''}`, `${s(c.seconds)}  peak RSS ${n(c.maxRssMB)} MiB  hash ${c.hash}`]),
      ...r.reference.workers.map((c): [string, string] => [`reference kernel, ${c.workers} thread${c.workers > 1 ? 's' : ''}`, s(c.seconds)]),
      ...r.ratio.map((c): [string, string] => [`engine ÷ reference, ${c.workers}`, `${c.ratio.toFixed(2)}×`]),
      ['identical across worker counts', r.cityWide.identicalAcrossWorkers ? 'yes' : 'NO'],
    ]),
    table(`Whole command: node bin/workbench.mjs bench/load-750.json --runs ${n(r.wholeCommand.runs)} --workers ${r.wholeCommand.workers} --format json (process start to exit)`, [
      ['whole command', `${s(r.wholeCommand.seconds)}  (exit code ${r.wholeCommand.exitCode})`],
      [`reference kernel, ${r.wholeCommand.workers} threads, same client episodes`, s(r.wholeCommand.referenceSeconds)],
      ['whole command ÷ reference', `${r.wholeCommand.ratio.toFixed(2)}×  (target 3×, stretch 1.5×)`],
      ['start-up (intercept of time against runs)', `${s(r.wholeCommand.startUpSeconds)}  = ${(100 * r.wholeCommand.startUpShare).toFixed(1)} % of the whole  (from ${n(r.wholeCommand.smallRuns)} runs: ${s(r.wholeCommand.smallSeconds)})`],
    ]),
    table(`default.json, ${n(r.defaultScenario.runs)} runs`, [
      ['one thread, warm, in process', s(r.defaultScenario.oneThreadWarmSeconds)],
      ...r.defaultScenario.workers.map((d): [string, string] => [d.workers === 1 ? 'this thread alone, fresh process, from the pool\'s start' : `this thread and ${d.workers - 1} worker thread${d.workers === 2 ? '' : 's'}, fresh process, from the pool's start`, s(d.seconds)]),
      ['whole command, --workers 2 (process start to exit)', s(r.defaultScenario.commandTwoWorkersSeconds)],
      ['whole command as typed, no --workers: this thread alone (see Command line below)', s(r.cli.defaultScenario.medianSeconds)],
    ]),
    table('Memory (load test, 750 providers)', [['peak RSS of the process, all threads', `${n(r.memory.peakRssMB)} MiB`]]),
    table('Custom formulas (compiled closure vs math.compile().evaluate)', [
      ['formula', r.formula.formula],
      ['closure', `${r.formula.closureNs.toFixed(1)} ns per evaluation`],
      ['mathjs', `${r.formula.mathjsNs.toFixed(1)} ns per evaluation`],
      ['speed ratio', `${r.formula.ratio.toFixed(0)}× (the issue asks for at least 50×)`],
    ]),
    table('Command line, cold start (whole process, node bin/workbench.mjs; median of samples)', [
      ['missing file (exit 2)', timing(r.cli.missingFile)],
      ['scenarios/default.json, 1,000 runs (exit 0)', timing(r.cli.defaultScenario)],
      ['missing file through tsx (npm run simulate:dev)', timing(r.cli.missingFileThroughTsx)],
    ]),
    table('Targets', [
      ['load test ≤ 3× reference, 2 workers', `${yes(r.targets.cityWithin3xOfReference)} (${twoWorkerRatio.toFixed(2)}×)`],
      ['whole command ≤ 3× reference, 2 workers', `${yes(r.targets.commandWithin3xOfReference)} (${r.wholeCommand.ratio.toFixed(2)}×)`],
      ['default 1,000 runs < 0.5 s, fresh pool (faster of 1 and 2 threads)', yes(r.targets.defaultUnderHalfSecond)],
      ['default 1,000 runs < 0.5 s, whole command as typed', yes(r.targets.defaultCommandUnderHalfSecond)],
      ['load test peak memory < 500 MB', yes(r.targets.memoryUnder500MB)],
      ['custom formulas ≥ 50× mathjs', yes(r.targets.formulaAtLeast50x)],
      ['CLI error for a missing file < 0.5 s', yes(r.targets.cliErrorUnderHalfSecond)],
    ]),
  ].join('');
}
