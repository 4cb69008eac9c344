/**
 * Worker threads on Node 20 cannot run TypeScript, and registering tsx in each thread costs
 * about 0.3 s per worker before it simulates anything. So a worker entry is bundled once into
 * one plain JavaScript file with esbuild (the compiler tsx itself runs on, so it is installed
 * whenever the CLI can run) and reused until one of its inputs changes: a manifest next to the
 * bundle lists every input file with its size and modification time. Nothing runs at install
 * time, so a fresh clone works straight after `npm install`, and an edited source is never
 * served stale. Returns null when bundling is impossible (esbuild missing, nowhere to write);
 * callers then fall back to tsx in the thread.
 */
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Esbuild from 'esbuild';

interface Manifest {
  /** input path (absolute) → [size, mtimeMs]; an installed package is stood for by its package.json */
  inputs: Record<string, [number, number]>;
}

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const built = new Map<string, URL | null>();

/** The bundled JavaScript for a TypeScript worker entry, built at most once per process. */
export function bundledWorker(entry: URL): URL | null {
  const key = entry.href;
  if (!built.has(key)) {
    const path = bundleWorkerFile(fileURLToPath(entry));
    built.set(key, path === null ? null : pathToFileURL(path));
  }
  return built.get(key) ?? null;
}

function cacheDirs(): string[] {
  return [join(PROJECT_ROOT, 'node_modules', '.cache', 'workbench-workers'), join(tmpdir(), 'workbench-workers', hashText(PROJECT_ROOT))];
}

/** The path of an up-to-date bundle of entryPath: reused if no input changed, else rebuilt. */
export function bundleWorkerFile(entryPath: string): string | null {
  const name = basename(entryPath).replace(/\.[cm]?tsx?$/, '');
  for (const dir of cacheDirs()) {
    const out = join(dir, `${name}.mjs`);
    const manifestPath = join(dir, `${name}.manifest.json`);
    if (isFresh(out, manifestPath)) return out;
    try {
      mkdirSync(dir, { recursive: true });
      const inputs = build(entryPath, out);
      writeAtomic(manifestPath, JSON.stringify({ inputs } satisfies Manifest));
      return out;
    } catch {
      // Try the next place; with none left the caller uses tsx in the thread.
    }
  }
  return null;
}

function isFresh(out: string, manifestPath: string): boolean {
  try {
    statSync(out);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const entries = Object.entries(manifest.inputs);
    if (entries.length === 0) return false;
    return entries.every(([path, [size, mtime]]) => {
      const st = statSync(path);
      return st.size === size && st.mtimeMs === mtime;
    });
  } catch {
    return false;
  }
}

/** Bundles entry into out (atomically) and returns the inputs' sizes and times. */
function build(entryPath: string, out: string): Manifest['inputs'] {
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof Esbuild;
  const result = esbuild.buildSync({
    entryPoints: [entryPath],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: PROJECT_ROOT,
    // Bundled CommonJS packages may call require(); give the ES module one.
    banner: { js: "import { createRequire as __workbenchRequire } from 'node:module'; const require = __workbenchRequire(import.meta.url);" },
    outfile: out,
  });
  const file = result.outputFiles[0];
  const inputs: Manifest['inputs'] = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = packageJsonOf(resolve(PROJECT_ROOT, input));
    if (path in inputs) continue;
    const st = statSync(path);
    inputs[path] = [st.size, st.mtimeMs];
  }
  writeAtomic(out, file.contents);
  return inputs;
}

/**
 * A file inside an installed package is represented by the package's package.json: npm
 * rewrites it on every install or upgrade, and checking one file per package instead of
 * each of its modules (over a thousand for mathjs and zod) keeps the freshness check at a
 * few milliseconds.
 */
function packageJsonOf(path: string): string {
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at < 0) return path;
  const parts = path.slice(at + marker.length).split(sep);
  const name = parts[0].startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1);
  return join(path.slice(0, at), 'node_modules', ...name, 'package.json');
}

/** Write to a unique temporary name, then rename: a concurrent reader sees old or new, never half. */
function writeAtomic(path: string, contents: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}
