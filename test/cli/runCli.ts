/**
 * Runs the CLI two ways: as a child process through the launcher, the way a user does
 * (`runCli`), and in this process through the command's function with collected output
 * (`runInProcess`), which costs no process start and no build check. Both give the exit code
 * and what was printed on each stream.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../../scripts/cli/ensureBuilt.mjs';
import type { CliIo } from '../../src/cli/CliIo.js';
import { simulateCommand } from '../../src/cli/simulateCommand.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const LAUNCHER = fileURLToPath(new URL('../../bin/workbench.mjs', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let built = false;

/** The launcher as a child process (the build is brought up to date once, here, first). */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  if (!built) {
    ensureBuilt();
    built = true;
  }
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [LAUNCHER, ...args],
      { cwd: ROOT, env: { ...process.env, DEBUG: '', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** The simulate command in this process (vitest runs from the project root, as paths here assume). */
export async function runInProcess(args: readonly string[], io: Partial<CliIo> = {}): Promise<CliResult> {
  if (resolve(process.cwd()) !== resolve(ROOT)) throw new Error(`run the tests from the project root (${ROOT})`);
  let stdout = '', stderr = '';
  const code = await simulateCommand(args, {
    out: (t) => { stdout += t; },
    err: (t) => { stderr += t; },
    errIsTerminal: false,
    debug: false,
    ...io,
  });
  return { code, stdout, stderr };
}
