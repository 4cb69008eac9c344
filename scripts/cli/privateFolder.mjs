// @ts-check
/**
 * Code is loaded only from folders nobody else can write to. A build folder another local
 * user can write to (or owns, or has swapped for a symbolic link) could hold their code, which
 * would then run as whoever starts the CLI. The check is on the folder and on each file
 * loaded from it: a real folder or file (not a link), owned by this user (or by root, who can
 * change anything anyway), and not writable by group or others. Windows has no such modes;
 * there the check passes (a per-user install location is the protection).
 */
import { lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Why `path` must not be trusted, or null when it may be.
 * @param {string} path
 * @param {'folder' | 'file'} kind
 * @returns {string | null}
 */
export function distrust(path, kind) {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return 'it does not exist';
  }
  if (kind === 'folder' ? !st.isDirectory() : !st.isFile()) return st.isSymbolicLink() ? 'it is a symbolic link' : `it is not a ${kind}`;
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return null;
  const uid = process.getuid();
  if (st.uid !== uid && st.uid !== 0) return `it belongs to user ${st.uid}, not to you (user ${uid})`;
  if ((st.mode & 0o022) !== 0) return `others can write to it (mode ${(st.mode & 0o777).toString(8).padStart(3, '0')})`;
  return null;
}

/**
 * A new folder only this user can use, removed when the process exits. mkdtemp creates it
 * under a fresh random name with mode 0700, so nothing can be planted in it beforehand.
 * @param {string} prefix
 * @returns {string}
 */
export function privateTempFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
