/**
 * Hostile files and flags at the command line (the simulate command in process): a named
 * pipe or a device as input, a file that is not UTF-8, a file name that tries to forge
 * message lines, --out aimed at an input or at a device, numbers that would round into
 * something else, and a payment formula that fails at run time. Each is bad input: exit 2,
 * one `error:` line per problem naming the file, and nothing on standard output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../cli/runCli.js';

const DIR = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
const DEFAULT = readFileSync(join(ROOT, 'scenarios/default.json'), 'utf8');
const posix = process.platform !== 'win32';

function file(name: string, contents: string | Buffer): string {
  const path = join(DIR, name);
  writeFileSync(path, contents);
  return path;
}

/** Exit 2, nothing on standard output, and exactly these error lines. */
async function refused(args: string[]): Promise<string[]> {
  const r = await runInProcess(args);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  for (const l of lines) expect(l).toMatch(/^error: /);
  return lines;
}

describe('inputs that are not regular files', () => {
  it.runIf(posix)('refuses a named pipe at once instead of waiting for a writer', async () => {
    const fifo = join(DIR, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(await refused([fifo])).toEqual([`error: ${fifo}: $: not a regular file; a path to a scenario JSON file, e.g. scenarios/default.json`]);
    expect(await refused(['scenarios/default.json', '--compare', fifo])).toEqual([`error: ${fifo}: $: not a regular file; a path to a scenario JSON file, e.g. scenarios/default.json`]);
  }, 10_000);

  it.runIf(existsSync('/dev/zero'))('refuses a device', async () => {
    expect(await refused(['/dev/zero'])).toEqual([expect.stringMatching(/^error: \/dev\/zero: \$: not a regular file; /)]);
  });
});

describe('text that is not UTF-8', () => {
  it('refuses a Latin-1 file, naming the byte, line and column', async () => {
    const latin1 = file('latin1.json', Buffer.from(DEFAULT.replace('"sv": "', '"sv": "Malmö '), 'latin1'));
    const line = DEFAULT.slice(0, DEFAULT.indexOf('"sv": "')).split('\n').length;
    const column = DEFAULT.split('\n')[line - 1].indexOf('"sv": "') + '"sv": "Malm'.length + 1;
    expect(await refused([latin1])).toEqual([
      `error: ${latin1}: $: the file is not UTF-8 text: byte 0xF6 at line ${line}, column ${column} is not valid UTF-8; a file saved as UTF-8 (files in Latin-1 or Windows-1252 are not read; save it again as UTF-8)`,
    ]);
  });

  it('still reads UTF-8 with a byte-order mark', async () => {
    const bom = file('bom.json', '\ufeff' + DEFAULT);
    const r = await runInProcess([bom, '--runs', '2', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('file names in messages', () => {
  it.runIf(posix)('escapes a name holding a newline and an escape sequence, so it cannot forge lines', async () => {
    const name = join(DIR, 'evil\nerror: x.json: $: all is fine; \u001b[2Kreally.json');
    writeFileSync(name, '{');
    const lines = await refused([name]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(lines[0]).toContain(JSON.stringify(name));
    expect(lines[0]).toMatch(/: \$: not valid JSON/);
  });

  it('escapes the name of a missing file the same way', async () => {
    const lines = await refused(['no\u2028such\u202efile.json']);
    expect(lines).toEqual(['error: "no\\u2028such\\u202efile.json": $: file not found; a path to a scenario JSON file, e.g. scenarios/default.json']);
  });
});

describe('--out', () => {
  const copy = file('scenario.json', DEFAULT);

  it('refuses to overwrite the scenario or the baseline, however it is spelled', async () => {
    const link = join(DIR, 'link.json');
    const hard = join(DIR, 'hard.json');
    if (posix) { symlinkSync(copy, link); linkSync(copy, hard); }
    const spellings = [copy, join(DIR, '.', 'scenario.json'), ...(posix ? [link, hard] : [])];
    for (const out of spellings) {
      expect(await refused([copy, '--runs', '2', '--out', out])).toEqual(['error: command line: --out: is the same file as the scenario file; a different file: --out would replace the input with the results']);
    }
    expect(await refused(['scenarios/default.json', '--compare', copy, '--runs', '2', '--out', copy])).toEqual([
      'error: command line: --out: is the same file as the --compare baseline; a different file: --out would replace the input with the results',
    ]);
    expect(readFileSync(copy, 'utf8')).toBe(DEFAULT);
  });

  it.runIf(existsSync('/dev/null'))('refuses something that is not a regular file rather than replace it', async () => {
    expect(await refused(['scenarios/default.json', '--runs', '2', '--out', '/dev/null'])).toEqual([
      'error: command line: --out: names something that is not a regular file; the path of a regular file to write; leave out --out to write to standard output',
    ]);
  });

  it('replaces an existing file whole and leaves no temporary file behind', async () => {
    const folder = mkdtempSync(join(DIR, 'out-'));
    const out = join(folder, 'result.csv');
    writeFileSync(out, 'x'.repeat(100_000));
    const r = await runInProcess(['scenarios/default.json', '--runs', '2', '--format', 'csv', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^scenario;seed;runs;metric;/);
    expect(readFileSync(out, 'utf8')).not.toContain('xxx');
    expect(execFileSync('ls', ['-A', folder], { encoding: 'utf8' }).trim()).toBe('result.csv');
  });
});

describe('numbers on the command line are checked as written', () => {
  for (const [flag, value] of [['--seed', '1e-400'], ['--runs', '10.000000000000000001'], ['--seed', '9007199254740993']]) {
    it(`refuses ${flag} ${value}`, async () => {
      const lines = await refused(['scenarios/default.json', flag, value]);
      expect(lines).toEqual([expect.stringMatching(new RegExp(`^error: command line: ${flag}: found "${value.replace(/\./g, '\\.')}"; a whole number from \\d+ to \\d+, written in digits only`))]);
    });
  }
});

describe('a payment formula that fails while the simulation runs', () => {
  const scenario = JSON.parse(readFileSync(join(ROOT, 'scenarios/custom-formula.json'), 'utf8')) as { payment: { params: Record<string, unknown> } };
  scenario.payment.params.formula = 'base * sqrt(observed_rate - 0.5)';
  const bad = file('formula-nan.json', JSON.stringify(scenario, null, 2));

  for (const workers of ['1', '2']) {
    it(`is bad input (exit 2) naming the file, the formula, the provider and the values, on ${workers} worker(s)`, async () => {
      const lines = await refused([bad, '--runs', '50', '--workers', workers]);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^error: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: payment\\.params\\.formula: the payment formula "base \\* sqrt\\(observed_rate - 0\\.5\\)" gave NaN for provider \\d+.*observed_rate=.*; make the formula finite`));
    }, 60_000);
  }
});
