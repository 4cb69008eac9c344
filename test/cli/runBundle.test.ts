/**
 * runBundle: a command's bundle runs with its arguments, and V8's code cache is kept beside it
 * only in a trusted build folder, under a name tied to the exact source, and never read when
 * someone else could have written it. Each start is a child process, as a real start is.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const RUN_BUNDLE = fileURLToPath(new URL('../../scripts/cli/runBundle.mjs', import.meta.url));
const DIR = mkdtempSync(join(tmpdir(), 'run-bundle-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const posix = process.platform !== 'win32';

interface Start { printed: string; outcome: { cached: boolean; rejected: boolean; cacheFile: string | null } }

/** One start of `<dir>/probe.cjs` through runBundle in a fresh process: what the bundle printed and what runBundle reported. */
function startOnce(dir: string, args: string[], keepCache = true): Start {
  const driver = `import { runBundle } from ${JSON.stringify(RUN_BUNDLE)};
const outcome = runBundle(${JSON.stringify(dir)}, 'probe', ${JSON.stringify(args)}, { keepCache: ${keepCache} });
process.on('exit', () => process.stdout.write('\\n@@' + JSON.stringify(outcome)));`;
  let out: string;
  try {
    out = execFileSync(process.execPath, ['--input-type=module', '-e', driver], { encoding: 'utf8' });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? ''); // a bundle that sets a non-zero exit code
  }
  const at = out.lastIndexOf('\n@@');
  return { printed: out.slice(0, at), outcome: JSON.parse(out.slice(at + 3)) as Start['outcome'] };
}
/** A private folder with a bundle that prints its arguments and its file name. */
function folderWith(name: string, body = "process.stdout.write(JSON.stringify({ args: process.argv.slice(2), file: require('node:path').basename(__filename) }));"): string {
  const dir = join(DIR, name);
  mkdirSync(dir, { mode: 0o700 });
  writeFileSync(join(dir, 'probe.cjs'), `${body}\nfunction unused() { return 42; }\n`);
  return dir;
}

const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));

describe('runBundle', () => {
  it('runs the bundle with its arguments, keeps a code cache on the first start and uses it on the next', () => {
    const dir = folderWith('plain');
    const first = startOnce(dir, ['scenarios/default.json', '--runs', '5']);
    expect(JSON.parse(first.printed)).toEqual({ args: ['scenarios/default.json', '--runs', '5'], file: 'probe.cjs' });
    expect(first.outcome.cached).toBe(false);
    expect(caches(dir)).toHaveLength(1);
    const second = startOnce(dir, ['again']);
    expect(JSON.parse(second.printed).args).toEqual(['again']);
    expect(second.outcome).toMatchObject({ cached: true, rejected: false });
    expect(caches(dir)).toHaveLength(1);
  });

  it('never offers a cache made for another source, and removes it once the new one is kept', () => {
    const dir = folderWith('edited');
    startOnce(dir, []);
    const [old] = caches(dir);
    writeFileSync(join(dir, 'probe.cjs'), "process.stdout.write('edited');\n");
    const after = startOnce(dir, []);
    expect(after.printed).toBe('edited');
    expect(after.outcome.cached).toBe(false);
    expect(caches(dir)).toHaveLength(1);
    expect(caches(dir)[0]).not.toBe(old);
  });

  it('never offers a cache made for a source of the same length (V8 itself would take it)', () => {
    const dir = folderWith('same-length', "process.stdout.write('first!');");
    startOnce(dir, []);
    const source = readFileSync(join(dir, 'probe.cjs'), 'utf8');
    const edited = source.replace('first!', 'second');
    expect(edited.length).toBe(source.length);
    writeFileSync(join(dir, 'probe.cjs'), edited);
    const after = startOnce(dir, []);
    expect(after.printed).toBe('second');
    expect(after.outcome.cached).toBe(false);
  });

  it('keeps no cache after a start that fails: it ran too little of the command', () => {
    const dir = folderWith('failing', "process.stdout.write('failed'); process.exitCode = 2;");
    expect(startOnce(dir, []).printed).toBe('failed');
    expect(caches(dir)).toEqual([]);
  });

  it('removes a cache temporary file left by a start killed mid-write, and leaves a young one alone', () => {
    const dir = folderWith('leftovers');
    const old = join(dir, '.probe.0123.v8cache.99.a.tmp'), young = join(dir, '.probe.0123.v8cache.98.b.tmp');
    writeFileSync(old, 'x');
    writeFileSync(young, 'x');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old, hourAgo, hourAgo);
    startOnce(dir, []);
    expect(caches(dir)).toHaveLength(1);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(young)).toBe(true);
  });

  it('lets V8 refuse a damaged cache, runs the bundle anyway and replaces the cache', () => {
    const dir = folderWith('damaged');
    startOnce(dir, []);
    const [file] = caches(dir);
    writeFileSync(join(dir, file), Buffer.alloc(4096, 7), { mode: 0o644 });
    const after = startOnce(dir, ['x']);
    expect(JSON.parse(after.printed).args).toEqual(['x']);
    expect(after.outcome).toMatchObject({ cached: true, rejected: true });
    expect(startOnce(dir, []).outcome).toMatchObject({ cached: true, rejected: false });
  });

  it.runIf(posix)('never reads a cache that others can write to', () => {
    const dir = folderWith('writable');
    startOnce(dir, []);
    const [file] = caches(dir);
    chmodSync(join(dir, file), 0o666);
    expect(startOnce(dir, []).outcome.cached).toBe(false);
  });

  it('keeps no cache for a private temporary build', () => {
    const dir = folderWith('temporary');
    expect(startOnce(dir, ['a'], false).outcome).toEqual({ cached: false, rejected: false, cacheFile: null });
    expect(caches(dir)).toEqual([]);
  });
});
