/**
 * A failure → what the user sees and the exit code: bad input is 2 with one line per issue
 * and no stack trace; anything else is an internal error, 1, with the stack only when asked
 * for (DEBUG), since a stack helps whoever fixes the bug but only confuses a user.
 */
import { InputError } from './InputError.js';

export function exitCodeFor(e: unknown, write: (text: string) => void, debug: boolean): number {
  if (e instanceof InputError) {
    for (const line of e.lines()) write(line + '\n');
    return 2;
  }
  const message = e instanceof Error ? e.message : String(e);
  write(`error: internal: ${message.split('\n')[0]}\n`);
  if (debug && e instanceof Error && e.stack) write(e.stack + '\n');
  return 1;
}
