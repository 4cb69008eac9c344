/** Runs one of the CLI's entries (sweep, sensitivity, merge, simulate) as a child process. */
import { execFile } from 'node:child_process';
import { ROOT, type CliResult } from './runCli.js';

export function runEntry(entry: string, args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `src/cli/${entry}.ts`, ...args],
      { cwd: ROOT, env: { ...process.env, DEBUG: '' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}
