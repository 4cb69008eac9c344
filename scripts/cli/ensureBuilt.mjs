// @ts-check
/**
 * The command-line tool runs as plain JavaScript bundled by esbuild, so a start costs
 * milliseconds instead of tsx compiling TypeScript on every start (seconds). The bundles live
 * in the project's own folder `dist-cli/` (one file per command and per worker-thread entry,
 * see entries.mjs) with a manifest listing every input's size and modification time; a start
 * checks those (a few milliseconds) and rebuilds everything when one changed, so an edited
 * source is never served stale and nothing has to run at install time.
 *
 * The bundles are CommonJS scripts, not ES modules: Node 20 can keep V8's compiled code of a
 * script between starts (runBundle.mjs) but not of a module, and that saves a start tens of
 * milliseconds. `import.meta.url` in the sources becomes the bundle's own file URL.
 *
 * Code is only loaded from a folder this user alone can write to (privateFolder.mjs). When
 * `dist-cli/` fails that check or cannot be written, the build goes to a fresh private
 * temporary folder for this process only (nothing there is reused, so nothing can be planted).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMANDS, WORKERS } from './entries.mjs';
import { distrust, privateTempFolder } from './privateFolder.mjs';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD_FOLDER = 'dist-cli';
const MANIFEST = 'manifest.json';
/** The build's own sources: a change to the entry list or to the build settings rebuilds. */
const BUILD_SOURCES = ['entries.mjs', 'ensureBuilt.mjs', 'privateFolder.mjs'].map((f) => fileURLToPath(new URL(f, import.meta.url)));

/**
 * @typedef {{ dir: string, built: boolean, temporary: boolean, warning?: string }} BuildOutcome temporary: a private folder for this process only
 * @typedef {Record<string, [number, number]>} Inputs input path (relative to the root) → [size, mtimeMs]
 */

/** A bundle's file name is its entry's name and this. */
export const BUNDLE_EXTENSION = '.cjs';

/** Names of the files a build writes. */
export function outputNames() {
  return [...Object.keys(COMMANDS), ...Object.keys(WORKERS)].map((name) => `${name}${BUNDLE_EXTENSION}`);
}

/**
 * The folder holding an up-to-date, trusted build of every command and worker entry.
 * @param {{ root?: string, dir?: string }} [options] `dir` defaults to `<root>/dist-cli`
 * @returns {BuildOutcome}
 */
export function ensureBuilt(options = {}) {
  const root = options.root ?? PROJECT_ROOT;
  const dir = options.dir ?? join(root, BUILD_FOLDER);
  const entries = entryPoints(root);
  let why;
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if (code(e) !== 'EEXIST') why = `cannot create it (${code(e)})`;
  }
  // Checked after mkdir, so a folder someone else made first is caught too.
  why ??= distrust(dir, 'folder') ?? undefined;
  if (why === undefined) {
    if (isFresh(root, dir)) return { dir, built: false, temporary: false };
    try {
      writeBuild(root, dir, bundle(root, entries, dir));
      return { dir, built: true, temporary: false };
    } catch (e) {
      if (!isWriteError(e)) throw e;
      why = `cannot write to it (${code(e)})`;
    }
  }
  const temp = privateTempFolder('workbench-cli-');
  writeBuild(root, temp, bundle(root, entries, temp));
  return { dir: temp, built: true, temporary: true, warning: `not using ${dir}: ${why}; built into a private temporary folder instead, which costs a second on every start (remove ${dir} and run again as its owner)` };
}

/**
 * Bundles entry points (name → TypeScript file) into CommonJS scripts `<dir>/<name>.cjs`, in
 * memory; returns the files and the inputs' sizes and times.
 * @param {string} root
 * @param {Record<string, string>} entries
 * @param {string} dir
 * @returns {{ files: Array<{ path: string, contents: Uint8Array }>, inputs: Inputs }}
 */
export function bundle(root, entries, dir) {
  const esbuild = loadEsbuild(root);
  const result = esbuild.buildSync({
    entryPoints: entries,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: dir,
    outExtension: { '.js': BUNDLE_EXTENSION },
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
    legalComments: 'none',
    // A CommonJS script has no import.meta: the sources' import.meta.url is the bundle's file URL.
    // The banner goes above esbuild's own "use strict", which then no longer counts, so it
    // starts with the directive: the code was written as ES modules, which are always strict.
    define: { 'import.meta.url': '__workbenchBundleUrl' },
    banner: { js: "'use strict'; const __workbenchBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  /** @type {Inputs} */
  const inputs = {};
  const add = (/** @type {string} */ path) => {
    const rel = relative(root, path);
    if (rel in inputs) return;
    const st = statSync(path);
    inputs[rel] = [st.size, st.mtimeMs];
  };
  for (const input of Object.keys(result.metafile.inputs)) add(packageJsonOf(resolve(root, input)));
  for (const path of [...BUILD_SOURCES, join(root, 'package.json'), packageJsonOf(createRequire(join(root, 'package.json')).resolve('esbuild'))]) add(path);
  return { files: result.outputFiles.map((f) => ({ path: f.path, contents: f.contents })), inputs };
}

/**
 * @param {string} root
 * @returns {Record<string, string>} entry name → absolute path
 */
function entryPoints(root) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [name, file] of Object.entries({ ...COMMANDS, ...WORKERS })) out[name] = resolve(root, file);
  return out;
}

/**
 * @param {string} root
 * @returns {typeof import('esbuild')}
 */
function loadEsbuild(root) {
  try {
    return createRequire(join(root, 'package.json'))('esbuild');
  } catch {
    throw new Error(`the command-line tool needs building and esbuild is not installed; run npm install in ${root}`);
  }
}

/**
 * Outputs first, each by an atomic rename, then the manifest: a concurrent start sees the
 * old build or the new, and a build cut short is never taken for fresh.
 * @param {string} root
 * @param {string} dir
 * @param {ReturnType<typeof bundle>} built
 */
function writeBuild(root, dir, built) {
  for (const f of built.files) writeAtomic(join(dir, basename(f.path)), f.contents);
  writeAtomic(join(dir, MANIFEST), JSON.stringify({ outputs: outputNames(), inputs: built.inputs }));
  // Bundles of entries no longer built, or in an earlier build's form (.mjs), and their code caches.
  const current = new Set(outputNames());
  for (const f of readdirSync(dir)) {
    if (/\.(mjs|cjs)$/.test(f) && !current.has(f)) rmSync(join(dir, f), { force: true });
    if (f.endsWith('.v8cache') && !current.has(`${f.split('.')[0]}${BUNDLE_EXTENSION}`)) rmSync(join(dir, f), { force: true });
  }
}

/**
 * True when the manifest lists this build's outputs, each is a trusted file, and no input
 * changed size or time since.
 * @param {string} root
 * @param {string} dir
 */
function isFresh(root, dir) {
  try {
    if (distrust(join(dir, MANIFEST), 'file') !== null) return false;
    /** @type {{ outputs: string[], inputs: Inputs }} */
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
    const outputs = outputNames();
    if (manifest.outputs.join('\n') !== outputs.join('\n')) return false;
    if (outputs.some((name) => distrust(join(dir, name), 'file') !== null)) return false;
    const inputs = Object.entries(manifest.inputs);
    return inputs.length > 0 && inputs.every(([rel, [size, mtime]]) => {
      const st = statSync(resolve(root, rel));
      return st.size === size && st.mtimeMs === mtime;
    });
  } catch {
    return false;
  }
}

/**
 * A file inside an installed package is represented by the package's package.json: npm
 * rewrites it on every install or upgrade, and checking one file per package instead of each
 * of its modules (over a thousand for mathjs and zod) keeps the check at a few milliseconds.
 * @param {string} path
 */
function packageJsonOf(path) {
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at < 0) return path;
  const parts = path.slice(at + marker.length).split(sep);
  const name = parts[0].startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1);
  return join(path.slice(0, at), 'node_modules', ...name, 'package.json');
}

/**
 * Write to a unique temporary name in the same folder (`.<name>.<pid>.<random>.tmp`), then
 * rename over the target: a concurrent reader sees the old file or the new, never half of one.
 * @param {string} path
 * @param {string | Uint8Array} contents
 */
export function writeAtomic(path, contents) {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    writeFileSync(tmp, contents, { flag: 'wx', mode: 0o644 });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** @param {unknown} e */
function code(e) {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : 'unknown error';
}

/** @param {unknown} e */
function isWriteError(e) {
  return ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EEXIST', 'ENOTDIR'].includes(code(e));
}
