/**
 * The whole command as a user waits for it: `node bin/workbench.mjs <scenario> --runs N
 * --workers W --format json`, from process start to exit (the launcher's freshness check,
 * loading the bundle, validating, starting the workers, the runs, the summary, the output).
 * The build is brought up to date first, so no sample includes a rebuild.
 *
 * Start-up is read off two sizes of the same job: with T(n) = S + k·n (runs are independent
 * and identical in cost on average), a small job and the full one give S, the time the
 * command spends whatever the number of runs (process, bundle, workers, first compiles).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../scripts/cli/ensureBuilt.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LAUNCHER = fileURLToPath(new URL('../bin/workbench.mjs', import.meta.url));

export interface CommandTiming {
  /** Wall time of the whole process, seconds. */
  seconds: number;
  exitCode: number;
}

/** One whole-process run of the CLI on a scenario (path from the repository root, with .json). */
export function timeWholeCommand(scenarioPath: string, runs: number, workers: number): Promise<CommandTiming> {
  ensureBuilt();
  const args = [LAUNCHER, scenarioPath, '--runs', String(runs), '--workers', String(workers), '--format', 'json'];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => resolve({ seconds: (performance.now() - started) / 1000, exitCode: code ?? -1 }));
  });
}

export interface StartUp {
  /** Seconds the command costs whatever the number of runs (the intercept S of T(n) = S + k·n). */
  seconds: number;
  /** S as a share of the full job's time. */
  share: number;
  /** Seconds per run beyond start-up (k). */
  perRun: number;
}

/**
 * Start-up from the full job (`runs`, `seconds`) and a small one of the same scenario on the
 * same workers (`smallRuns`, `smallSeconds`): the line through both points, at zero runs.
 * Clamped to [0, seconds] so noise never reports a negative or larger-than-whole start-up.
 */
export function startUpFrom(runs: number, seconds: number, smallRuns: number, smallSeconds: number): StartUp {
  if (!(runs > smallRuns && smallRuns > 0)) throw new Error('start-up needs a full job with more runs than the small one, and a small one with at least one run');
  const perRun = Math.max(0, (seconds - smallSeconds) / (runs - smallRuns));
  const s = Math.min(seconds, Math.max(0, smallSeconds - perRun * smallRuns));
  return { seconds: s, share: seconds > 0 ? s / seconds : 0, perRun };
}

/** The median of a few samples (noise on a shared machine is one-sided: the fastest half is closer to the truth). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no samples');
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
