/**
 * The CLI's build folder: built once and reused while no input changes; code is never loaded
 * from a folder someone else could have written to (writable by others, owned by another
 * user, a symbolic link), and bundles planted where the old worker cache lived (the project's
 * node_modules/.cache and a guessable folder under the system temp folder) are never run.
 */
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, outputNames, PROJECT_ROOT } from '../../scripts/cli/ensureBuilt.mjs';
import { distrust } from '../../scripts/cli/privateFolder.mjs';
import { compileScenario, simulateScenario } from '../../src/engine.js';
import { hashResult } from '../../src/core/summarise/hashResult.js';
import { spawnNodeWorker } from '../../src/cli/nodeWorker.js';
import { WorkerPool } from '../../src/worker/WorkerPool.js';
import { poolScenario } from '../worker/poolScenario.js';

const DIR = mkdtempSync(join(tmpdir(), 'cli-build-'));
const cleanups: Array<() => void> = [() => rmSync(DIR, { recursive: true, force: true })];
afterAll(() => { for (const c of cleanups) c(); });
const posix = process.platform !== 'win32' && typeof process.getuid === 'function';
const root = posix && process.getuid!() === 0;

/** A bundle (a script, or an ES module as the old worker cache held) that proves it ran (a marker file) and then never answers, like the planted one found in review. */
function plantedCode(marker: string, form: 'script' | 'module' = 'script'): string {
  const write = form === 'script' ? "require('node:fs').writeFileSync" : "(await import('node:fs')).writeFileSync";
  return `${write}(${JSON.stringify(marker)}, 'planted code ran'); setInterval(() => {}, 1000);\n`;
}

/** A folder holding a planted build whose manifest claims every output is fresh. */
function plant(dir: string, marker: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of outputNames()) writeFileSync(join(dir, name), plantedCode(marker));
  const st = statSync(join(PROJECT_ROOT, 'package.json'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ outputs: outputNames(), inputs: { 'package.json': [st.size, st.mtimeMs] } }));
}

describe('ensureBuilt', () => {
  it('builds every command and worker into a private folder, then reuses it until an input changes', () => {
    const dir = join(DIR, 'fresh');
    const first = ensureBuilt({ dir });
    expect(first).toEqual({ dir, built: true, temporary: false });
    for (const name of [...outputNames(), 'manifest.json']) expect(distrust(join(dir, name), 'file')).toBeNull();
    // Strict, as the ES modules they are built from: the directive is the first statement.
    for (const name of outputNames()) expect(readFileSync(join(dir, name), 'utf8')).toMatch(/^'use strict';/);
    if (posix) expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(ensureBuilt({ dir })).toEqual({ dir, built: false, temporary: false });
    // An input whose time no longer matches (as after an edit) rebuilds.
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { inputs: Record<string, [number, number]> };
    const [input] = Object.keys(manifest.inputs);
    manifest.inputs[input][1] -= 1000;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(ensureBuilt({ dir }).built).toBe(true);
    expect(ensureBuilt({ dir }).built).toBe(false);
  }, 60_000);

  const untrusted: Array<[string, boolean, (dir: string) => void, RegExp]> = [
    ['writable by others', posix, (dir) => chmodSync(dir, 0o777), /others can write to it \(mode 777\)/],
    ['owned by another user', root, (dir) => { chownSync(dir, 65534, 65534); chmodSync(dir, 0o755); }, /belongs to user 65534/],
    ['a symbolic link to someone else’s folder', posix, () => {}, /symbolic link/],
  ];
  for (const [what, runs, spoil, reason] of untrusted) {
    it.runIf(runs)(`never loads a planted build from a folder ${what}; builds privately instead`, () => {
      const marker = join(DIR, `marker-${what.length}`);
      let dir = join(DIR, `planted-${what.length}`);
      plant(dir, marker);
      spoil(dir);
      if (what.startsWith('a symbolic link')) {
        const link = join(DIR, `link-${what.length}`);
        symlinkSync(dir, link);
        dir = link;
      }
      const outcome = ensureBuilt({ dir });
      expect(outcome.dir).not.toBe(dir);
      expect(outcome.warning).toMatch(reason);
      expect(outcome.temporary).toBe(true);
      expect(distrust(outcome.dir, 'folder')).toBeNull();
      expect(readFileSync(join(outcome.dir, 'simulate.cjs'), 'utf8')).not.toContain('planted code ran');
      expect(existsSync(marker)).toBe(false);
    }, 60_000);
  }

  it('never runs worker bundles planted where the old worker cache lived', async () => {
    const marker = join(DIR, 'marker-old-cache');
    // The old cache: the project's node_modules/.cache, then a folder under the system temp
    // folder named by a hash of the project path, trusted whenever a manifest matched.
    let h = 0x811c9dc5;
    for (let i = 0; i < PROJECT_ROOT.length; i++) h = Math.imul(h ^ PROJECT_ROOT.charCodeAt(i), 0x01000193);
    const oldPlaces = [join(PROJECT_ROOT, 'node_modules', '.cache', 'workbench-workers'), join(tmpdir(), 'workbench-workers', (h >>> 0).toString(16))];
    const st = statSync(join(PROJECT_ROOT, 'package.json'));
    for (const place of oldPlaces) {
      const existed = existsSync(join(place, 'nodeWorkerEntry.mjs'));
      if (existed) continue; // never disturb a real cache
      mkdirSync(place, { recursive: true });
      writeFileSync(join(place, 'nodeWorkerEntry.mjs'), plantedCode(marker, 'module'));
      writeFileSync(join(place, 'nodeWorkerEntry.manifest.json'), JSON.stringify({ inputs: { [join(PROJECT_ROOT, 'package.json')]: [st.size, st.mtimeMs] } }));
      cleanups.push(() => { for (const f of ['nodeWorkerEntry.mjs', 'nodeWorkerEntry.manifest.json']) rmSync(join(place, f), { force: true }); });
    }
    const scenario = poolScenario({ runs: 50 });
    const pool = new WorkerPool(() => spawnNodeWorker({ silenceMs: 20_000 }), 2);
    try {
      const result = await pool.run(scenario);
      expect(hashResult(result)).toBe(hashResult(simulateScenario(compileScenario(scenario))));
    } finally {
      pool.dispose();
    }
    expect(existsSync(marker)).toBe(false);
  }, 60_000);
});
