/**
 * The benchmark's worker bundles: built into a private folder of this process (owned by this
 * user, mode 0700, under a fresh random name), never into a shared or guessable place.
 */
import { lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleWorkerFile } from '../../src/cli/bundleWorker.js';

const dir = mkdtempSync(join(tmpdir(), 'bundle-worker-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundleWorkerFile', () => {
  it('bundles an entry and its imports into one plain JavaScript file in a private folder', () => {
    const entry = join(dir, 'probe.ts');
    writeFileSync(join(dir, 'helper.ts'), "export const word: string = 'first';\n");
    writeFileSync(entry, "import { word } from './helper.js';\nexport const said: string = word;\n");
    const out = bundleWorkerFile(entry);
    expect(out).not.toBeNull();
    expect(basename(out!)).toBe('probe.cjs');
    const code = readFileSync(out!, 'utf8');
    expect(code).toContain('first');
    expect(code).not.toMatch(/: string/);
    const folder = lstatSync(dirname(out!));
    expect(folder.isDirectory()).toBe(true);
    expect(folder.mode & 0o077).toBe(0);
    if (process.getuid) expect(folder.uid).toBe(process.getuid());
    expect(dirname(out!)).not.toMatch(/node_modules|workbench-workers[/\\][0-9a-f]+$/);
  });
});
