/**
 * Reads a scenario file's text for the CLI. The size is checked against LIMITS before the
 * file is read, so a huge or endless file is refused without loading it; a missing file, a
 * folder or an unreadable file is an input error naming the file. The text goes to the core's
 * parseScenarioText as it is (that also drops a byte-order mark).
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { LIMITS, msg } from '../engine.js';
import { cliMsg } from './cliMessages.js';
import { InputError } from './InputError.js';

export function readScenarioFile(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    const code = errorCode(e);
    throw InputError.of(file, [code === 'ENOENT' ? cliMsg.fileNotFound() : code === 'EISDIR' ? cliMsg.notAFile() : cliMsg.unreadable(code)]);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw InputError.of(file, [cliMsg.notAFile()]);
    if (stat.size > LIMITS.maxFileBytes) throw InputError.of(file, [msg.tooLarge(stat.size)]);
    return readFileSync(fd, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw InputError.of(file, [errorCode(e) === 'EISDIR' ? cliMsg.notAFile() : cliMsg.unreadable(errorCode(e))]);
  } finally {
    closeSync(fd);
  }
}

export function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : 'unknown error';
}
