/**
 * The hostile corpus through the command-line tool as a child process: a bad file exits with
 * code 2 and prints exactly one `error: <file>: <path>: <problem>; <allowed>` line per issue
 * (the same issues the validator returns), with no stack trace; a legal file exits 0.
 * The processes run the built CLI through its launcher (bin/workbench.mjs); `npm test` runs one
 * file of each kind plus the generated giants, HOSTILE_CLI=all runs every file.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it, type ExpectStatic } from 'vitest';
import { ensureBuilt } from '../../scripts/cli/ensureBuilt.mjs';
import { formatIssue, parseScenarioText } from '../../src/engine.js';
import { FILE_CASES } from './scenarios/fileCases.js';
import { bigCases } from './scenarios/generatedCases.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const launcher = join(root, 'bin/workbench.mjs');
const dir = fileURLToPath(new URL('./scenarios/', import.meta.url));
const all = process.env.HOSTILE_CLI === 'all';
const PER_PROCESS_MS = 30_000;
/** Two processes at a time: the machine's cores are shared with the rest of the suite. */
const PARALLEL = 2;

interface CliResult { code: number | null; stderr: string }

let running = 0;
const waiting: Array<() => void> = [];
async function runCli(file: string): Promise<CliResult> {
  if (running >= PARALLEL) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await spawnCli(file);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function spawnCli(file: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [launcher, file, '--runs', '2', '--format', 'json'], { cwd: root, timeout: PER_PROCESS_MS, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr });
    });
  });
}

function chosenFiles(): string[] {
  if (all) return Object.keys(FILE_CASES);
  const seen = new Set<string>();
  return Object.entries(FILE_CASES).filter(([, c]) => !seen.has(c.kind) && seen.add(c.kind)).map(([f]) => f);
}

function expectContract(expect: ExpectStatic, file: string, text: string, result: CliResult): void {
  const expected = parseScenarioText(text);
  if (expected.ok) {
    expect(result.code).toBe(0);
    return;
  }
  expect(result.code).toBe(2);
  const lines = result.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toEqual(expected.issues.map((i) => formatIssue(file, i)));
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

describe.runIf(existsSync(launcher)).concurrent('the CLI on hostile files', () => {
  ensureBuilt(); // once, before the processes start, so they do not all build at once
  const temp = mkdtempSync(join(tmpdir(), 'hostile-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  const files = chosenFiles();
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/schema-v1.json', import.meta.url), 'utf8')) as Parameters<typeof bigCases>[0];
  const giants = bigCases(fixture).filter((c) => 'text' in c.input && (all || /size limit|10 MB|10,000 nested lists$/.test(c.name)));
  // A test waits for its turn among all of them, so its time limit covers the queue.
  const timeout = PER_PROCESS_MS * Math.ceil((files.length + giants.length) / PARALLEL);

  for (const name of files) {
    it(`${name} (${FILE_CASES[name].kind})`, async ({ expect }) => {
      const file = join(dir, name);
      expectContract(expect, file, readFileSync(file, 'utf8'), await runCli(file));
    }, timeout);
  }

  giants.forEach((c, i) => {
    it(`${c.name} (${c.kind})`, async ({ expect }) => {
      const file = join(temp, `generated-${i}.json`);
      const text = (c.input as { text: string }).text;
      writeFileSync(file, text);
      expectContract(expect, file, text, await runCli(file));
    }, timeout);
  });
});
