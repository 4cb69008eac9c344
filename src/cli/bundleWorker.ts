/**
 * Worker threads on Node 20 cannot run TypeScript, so the benchmark's own worker entries
 * (bench/) are bundled into plain JavaScript with esbuild, the compiler tsx itself runs on. The
 * bundle goes to a private temporary folder made for this process (mode 0700, a fresh random
 * name, removed at exit) and is never reused by another process, so no other user can plant
 * code there. The CLI's own worker is built with the CLI (scripts/cli/ensureBuilt.mjs).
 * Returns null when bundling is impossible (esbuild missing).
 */
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import { bundle, BUNDLE_EXTENSION, PROJECT_ROOT } from '../../scripts/cli/ensureBuilt.mjs';
import { privateTempFolder } from '../../scripts/cli/privateFolder.mjs';

const built = new Map<string, URL | null>();
let folder: string | undefined;

/** The bundled JavaScript for a TypeScript worker entry, built at most once per process. */
export function bundledWorker(entry: URL): URL | null {
  const key = entry.href;
  if (!built.has(key)) {
    const path = bundleWorkerFile(fileURLToPath(entry));
    built.set(key, path === null ? null : pathToFileURL(path));
  }
  return built.get(key) ?? null;
}

/** Bundles entryPath into this process's private folder; the path of the bundle, or null. */
export function bundleWorkerFile(entryPath: string): string | null {
  const name = basename(entryPath).replace(/\.[cm]?tsx?$/, '');
  try {
    folder ??= privateTempFolder('workbench-workers-');
    const out = bundle(PROJECT_ROOT, { [name]: entryPath }, folder);
    const file = out.files[0];
    const path = join(folder, `${name}${BUNDLE_EXTENSION}`);
    writeFileSync(path, file.contents, { mode: 0o600 });
    return path;
  } catch {
    return null;
  }
}
