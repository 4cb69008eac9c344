// @ts-check
/**
 * Runs a command's bundle (a CommonJS script from ensureBuilt.mjs) in this process, with V8's
 * code cache: the first start that succeeds (exit code 0) compiles the script as usual and, as
 * it ends, keeps V8's compiled code of every function it ran in `<name>.<hash>.v8cache` beside
 * the bundle; later starts hand that to V8, which then skips parsing and compiling them (about
 * 25–40 ms of a start). A start that fails (a missing file, a bad scenario) keeps nothing: it
 * ran too little of the command for its cache to be worth keeping. Node 20 offers this for
 * scripts, not ES modules, hence CommonJS bundles.
 *
 * The cache is code, so it is treated like the bundle: it is only read from and written to the
 * trusted build folder (a private temporary build keeps none), only if it is this user's and
 * nobody else can write to it. Its name carries a hash of the exact source text being run, so a
 * cache made for another build is never offered; V8 itself refuses one made by another V8
 * version or with other flags (then a fresh one replaces it). A cache that cannot be read or
 * written only costs the time it would have saved.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import { BUNDLE_EXTENSION, writeAtomic } from './ensureBuilt.mjs';
import { distrust } from './privateFolder.mjs';

const CACHE_EXTENSION = '.v8cache';

/**
 * @typedef {{ cached: boolean, rejected: boolean, cacheFile: string | null }} RunBundleOutcome
 *   cached: V8 was offered a cache; rejected: it refused it; cacheFile: where this build's cache lives (null: none kept)
 */

/**
 * Runs `<dir>/<name>.cjs` as the process's main script with `argv` as its arguments.
 * @param {string} dir a folder ensureBuilt vouched for
 * @param {string} name the entry's name (scripts/cli/entries.mjs)
 * @param {readonly string[]} argv the command's arguments
 * @param {{ keepCache?: boolean }} [options] keepCache: false to neither read nor write a cache (a private temporary build, a request for help)
 * @returns {RunBundleOutcome}
 */
export function runBundle(dir, name, argv, options = {}) {
  const file = join(dir, `${name}${BUNDLE_EXTENSION}`);
  const source = readFileSync(file, 'utf8');
  const keep = options.keepCache !== false;
  const cacheFile = keep ? join(dir, `${name}.${createHash('sha256').update(source).digest('hex').slice(0, 20)}${CACHE_EXTENSION}`) : null;
  const cachedData = cacheFile ? readTrusted(cacheFile) : undefined;
  // The wrapper Node gives a CommonJS module, so the bundle sees require, module and __filename as usual.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const rejected = cachedData !== undefined && script.cachedDataRejected === true;
  if (cacheFile && (cachedData === undefined || rejected)) {
    // Made when the command is done, so it holds the code of every function the command ran.
    process.once('exit', (code) => { if (code === 0) writeCache(dir, name, cacheFile, script); });
  }
  process.argv = [process.argv[0], file, ...argv];
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { cached: cachedData !== undefined, rejected, cacheFile };
}

/**
 * The file's bytes if it is a regular file of this user's that nobody else can write to.
 * @param {string} path
 * @returns {Buffer | undefined}
 */
function readTrusted(path) {
  try {
    return distrust(path, 'file') === null ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache atomically (ensureBuilt's writeAtomic), then removes this entry's caches of
 * other builds. A cache that cannot be written only costs the time it would have saved.
 * @param {string} dir
 * @param {string} name
 * @param {string} cacheFile
 * @param {vm.Script} script
 */
function writeCache(dir, name, cacheFile, script) {
  try {
    writeAtomic(cacheFile, script.createCachedData());
    const now = Date.now();
    for (const f of readdirSync(dir)) {
      if (f.startsWith(`${name}.`) && f.endsWith(CACHE_EXTENSION) && f !== basename(cacheFile)) rmSync(join(dir, f), { force: true });
      // A temporary file a start left when it was killed mid-write (a live writer renames its own within milliseconds).
      if (f.startsWith(`.${name}.`) && f.endsWith('.tmp') && now - statSync(join(dir, f)).mtimeMs > STALE_TEMP_MS) rmSync(join(dir, f), { force: true });
    }
  } catch {
    // Nothing kept; the next successful start tries again.
  }
}

/** A cache's temporary file older than this was left by a start that was killed. */
const STALE_TEMP_MS = 60_000;
