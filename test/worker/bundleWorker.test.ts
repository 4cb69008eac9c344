/** The CLI's worker bundles: built on first use, reused while no input changes, rebuilt when one does. */
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleWorkerFile } from '../../src/cli/bundleWorker.js';

const dir = mkdtempSync(join(tmpdir(), 'bundle-worker-test-'));
const made: string[] = [];
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const f of made) for (const p of [f, f.replace(/\.mjs$/, '.manifest.json')]) rmSync(p, { force: true });
});

function bundle(entry: string): string {
  const out = bundleWorkerFile(entry);
  expect(out).not.toBeNull();
  made.push(out!);
  return out!;
}

describe('bundleWorkerFile', () => {
  const name = `probe${process.pid}`;
  const entry = join(dir, `${name}.ts`);
  const helper = join(dir, 'helper.ts');

  it('bundles an entry and its imports into one plain JavaScript file', () => {
    writeFileSync(helper, "export const word: string = 'first';\n");
    writeFileSync(entry, "import { word } from './helper.js';\nexport const said: string = word;\n");
    const out = bundle(entry);
    expect(basename(out)).toBe(`${name}.mjs`);
    const code = readFileSync(out, 'utf8');
    expect(code).toContain('first');
    expect(code).not.toMatch(/: string/);
  });

  it('reuses the bundle while no input changes', () => {
    const out = bundle(entry);
    const before = statSync(out).mtimeMs;
    expect(bundle(entry)).toBe(out);
    expect(statSync(out).mtimeMs).toBe(before);
  });

  it('rebuilds when an imported file changes', () => {
    writeFileSync(helper, "export const word: string = 'second';\n");
    const later = new Date(Date.now() + 5000);
    utimesSync(helper, later, later);
    const code = readFileSync(bundle(entry), 'utf8');
    expect(code).toContain('second');
    expect(code).not.toContain('first');
  });
});
