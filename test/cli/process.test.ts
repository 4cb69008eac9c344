/**
 * The CLI's contract as a real process (the rest of the CLI's tests call the command in
 * process): exit codes, results only on standard output and messages only on standard error,
 * --out, and output that cannot be written — a full device, a file-size limit, a closed pipe —
 * which only a real process with real file descriptors can show.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/cli/ensureBuilt.mjs';
import { LAUNCHER, ROOT, runCli, type CliResult } from './runCli.js';

const DIR = mkdtempSync(join(tmpdir(), 'cli-process-'));
const posix = process.platform !== 'win32';

/** The launcher with standard output going to `stdout` (a file descriptor, or a pipe closed at once). */
function runTo(args: readonly string[], stdout: number | 'closed-pipe', shellPrefix = ''): Promise<CliResult> {
  ensureBuilt();
  return new Promise((resolve, reject) => {
    const command = shellPrefix
      ? spawn('/bin/sh', ['-c', `${shellPrefix}; exec "$0" "$@"`, process.execPath, LAUNCHER, ...args], { cwd: ROOT, stdio: ['ignore', stdout === 'closed-pipe' ? 'pipe' : stdout, 'pipe'] })
      : spawn(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, stdio: ['ignore', stdout === 'closed-pipe' ? 'pipe' : stdout, 'pipe'] });
    if (stdout === 'closed-pipe') command.stdout?.destroy();
    let stderr = '';
    command.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
    command.on('error', reject);
    command.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : 0), stdout: '', stderr }));
  });
}

describe.concurrent('the CLI as a process', () => {
  it('exits 0 with the results on standard output and nothing on standard error; --out writes the same to a file', async () => {
    const out = join(DIR, 'result.json');
    const args = ['scenarios/default.json', '--runs', '3', '--format', 'json'];
    const [printed, written] = await Promise.all([runCli(args), runCli([...args, '--out', out])]);
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stderr).toBe('');
    expect(JSON.parse(printed.stdout).runs).toBe(3);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
  });

  it('exits 2 for bad input with one error line on standard error, nothing on standard output and no stack', async () => {
    const r = await runCli(['no-such-file.json', '--runs', '3']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: no-such-file.json: $: file not found; a path to a scenario JSON file, e.g. scenarios/default.json\n');
  });

  it('prints help and version and exits 0', async () => {
    const [help, version] = await Promise.all([runCli(['--help']), runCli(['simulate', '--version'])]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^outcome-payment-workbench \d/);
  });

  it.runIf(posix && existsSync('/dev/full'))('exits 2 with a message when standard output is full (> /dev/full)', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = await runTo(['scenarios/default.json', '--runs', '3'], fd);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: standard output: \$: cannot write the results \(ENOSPC: no space left on the device\); /);
    } finally {
      closeSync(fd);
    }
  });

  it.runIf(posix)('exits 2 with a message when a file-size limit cuts standard output short', async () => {
    const file = join(DIR, 'limited.json');
    const fd = openSync(file, 'w');
    try {
      const r = await runTo(['scenarios/default.json', '--runs', '3', '--format', 'json', '--providers'], fd, 'ulimit -f 1');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: standard output: \$: cannot write the results \(EFBIG: the file-size limit was reached\); /);
    } finally {
      closeSync(fd);
    }
  });

  it.runIf(posix)('leaves an existing --out file as it was when the new one cannot be written, and no temporary file', async () => {
    const folder = mkdtempSync(join(DIR, 'out-'));
    const file = join(folder, 'kept.json');
    writeFileSync(file, 'the old results\n');
    const r = await runTo(['scenarios/default.json', '--runs', '3', '--format', 'json', '--providers', '--out', file], 1, 'ulimit -f 1');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/: \$: cannot write the file \(EFBIG: the file-size limit was reached\); /);
    expect(readFileSync(file, 'utf8')).toBe('the old results\n');
    expect(readdirSync(folder)).toEqual(['kept.json']);
  });

  it.runIf(posix)('stops quietly with exit 0 when the reader closes the pipe (… | head)', async () => {
    const r = await runTo(['scenarios/default.json', '--runs', '3', '--format', 'json'], 'closed-pipe');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
