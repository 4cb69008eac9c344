/**
 * The command-line tool's cold start, as a user meets it: whole-process wall time of
 * `node bin/workbench.mjs …` (the launcher's freshness check, loading the bundle, the work,
 * exit), for a bad input (a missing file, exit 2) and for scenarios/default.json (its 1,000
 * runs, exit 0). The build is brought up to date first, so no sample includes a rebuild; the
 * same bad input through tsx (`npm run simulate:dev`) is the reference for what building saves.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../scripts/cli/ensureBuilt.mjs';

export interface ProcessTiming {
  /** Median and fastest whole-process wall time, in seconds. */
  medianSeconds: number;
  minSeconds: number;
  samples: number;
  exitCode: number;
}

export interface ColdStart {
  missingFile: ProcessTiming;
  defaultScenario: ProcessTiming;
  /** The missing file through tsx, which compiles the TypeScript on every start. */
  missingFileThroughTsx: ProcessTiming;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function timeProcess(args: readonly string[]): Promise<{ seconds: number; code: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => resolve({ seconds: (performance.now() - started) / 1000, code: code ?? -1 }));
  });
}

async function sample(args: readonly string[], samples: number): Promise<ProcessTiming> {
  const times: number[] = [];
  let exitCode = 0;
  for (let i = 0; i < samples; i++) {
    const r = await timeProcess(args);
    times.push(r.seconds);
    exitCode = r.code;
  }
  times.sort((a, b) => a - b);
  return { medianSeconds: times[Math.floor((times.length - 1) / 2)], minSeconds: times[0], samples, exitCode };
}

export async function measureColdStart(quick: boolean): Promise<ColdStart> {
  ensureBuilt();
  const n = quick ? 1 : 5;
  const launcher = fileURLToPath(new URL('../bin/workbench.mjs', import.meta.url));
  const missing = 'scenarios/no-such-file.json';
  return {
    missingFile: await sample([launcher, missing], n),
    defaultScenario: await sample([launcher, 'scenarios/default.json', '--format', 'json'], n),
    missingFileThroughTsx: await sample(['--import', 'tsx', 'src/cli/main.ts', missing], quick ? 1 : 3),
  };
}
