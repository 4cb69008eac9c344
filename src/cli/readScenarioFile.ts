/**
 * Reads a scenario file's text for the CLI. Only a regular file is read: a named pipe, a
 * device or a folder is refused from its type before it is opened (opening a pipe would wait
 * forever for a writer), and the file is opened non-blocking and checked again in case it was
 * swapped in between. The size is checked against LIMITS before the file is read, so a huge
 * file is refused without loading it; text that is not UTF-8 is refused. Each problem is an
 * input error naming the file. The text goes to the core's parseScenarioText as it is (that
 * also drops a byte-order mark).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { LIMITS, msg } from '../engine.js';
import { cliMsg } from './cliMessages.js';
import { decodeUtf8 } from './decodeUtf8.js';
import { InputError } from './InputError.js';

export function readScenarioFile(file: string): string {
  let fd: number;
  try {
    if (!statSync(file).isFile()) throw InputError.of(file, [cliMsg.notAFile()]);
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = errorCode(e);
    throw InputError.of(file, [code === 'ENOENT' ? cliMsg.fileNotFound() : code === 'EISDIR' ? cliMsg.notAFile() : cliMsg.unreadable(code)]);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw InputError.of(file, [cliMsg.notAFile()]);
    if (stat.size > LIMITS.maxFileBytes) throw InputError.of(file, [msg.tooLarge(stat.size)]);
    const decoded = decodeUtf8(readFileSync(fd));
    if (!decoded.ok) throw InputError.of(file, [cliMsg.notUtf8(decoded.byte, decoded.line, decoded.column)]);
    return decoded.text;
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
