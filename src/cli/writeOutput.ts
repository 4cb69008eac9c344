/**
 * The results go to standard output, or to the --out file. A file is written whole or not at
 * all: to a new temporary file in the same folder, flushed, then renamed over the target, so
 * a failed write (full disk, size limit) leaves the old file as it was and two runs writing
 * the same file never interleave. --out may not name one of the inputs (the results would
 * replace the scenario) nor anything but a regular file (renaming over a device or a pipe
 * would replace it). Every failure is an input error naming the file; a closed pipe on
 * standard output (`… | head`) is not a failure.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliIo } from './CliIo.js';
import { cliMsg, COMMAND_LINE, STANDARD_OUTPUT } from './cliMessages.js';
import { InputError } from './InputError.js';
import { errorCode } from './readScenarioFile.js';

export interface NamedInput {
  /** How the input is called in a message: `scenario file`, `--compare baseline`. */
  role: string;
  path: string;
}

/** Refuses an --out path that is an input or not a regular file; call before anything runs. */
export function checkOutPath(out: string, inputs: readonly NamedInput[]): void {
  const target = statOrNull(out);
  if (target && !target.isFile()) throw InputError.of(COMMAND_LINE, [cliMsg.outNotAFile()]);
  for (const input of inputs) {
    const st = statOrNull(input.path);
    const same = resolve(out) === resolve(input.path) || (target !== null && st !== null && st.dev === target.dev && st.ino === target.ino);
    if (same) throw InputError.of(COMMAND_LINE, [cliMsg.outIsInput(input.role)]);
  }
}

export function writeOutput(text: string, file: string | undefined, io: CliIo): void {
  if (file === undefined) {
    try {
      io.out(text);
    } catch (e) {
      if (errorCode(e) === 'EPIPE') return; // the reader has all it wanted
      throw InputError.of(STANDARD_OUTPUT, [cliMsg.cannotWriteStdout(errorCode(e))]);
    }
    return;
  }
  try {
    writeFileAtomically(file, text);
  } catch (e) {
    throw InputError.of(file, [cliMsg.cannotWrite(errorCode(e))]);
  }
}

function writeFileAtomically(file: string, text: string): void {
  // A symbolic link is followed, as a plain write would: its target is replaced, not the link.
  const target = statOrNull(file) ? realpathSync(file) : resolve(file);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomUUID()}.tmp`);
  const fd = openSync(tmp, 'wx', 0o666);
  let open = true;
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    open = false;
    closeSync(fd);
    renameSync(tmp, target);
  } catch (e) {
    if (open) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
