/** Runs bench/poolProbe.ts in a fresh Node process (TypeScript through tsx, as `npm run simulate` does). */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ProbeResult } from './poolProbe.js';

export async function probeInChildProcess(scenario: string, runs: number, workers: number): Promise<ProbeResult> {
  const probe = fileURLToPath(new URL('./poolProbe.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', probe, scenario, String(runs), String(workers)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as ProbeResult;
}
