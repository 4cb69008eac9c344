/**
 * A failure → what the user sees and the exit code: bad input is 2 with one line per issue
 * and no stack trace; a payment formula that fails at run time is bad input too (2); anything
 * else is an internal error, 1, with the stack only when asked for (DEBUG), since a stack
 * helps whoever fixes the bug but only confuses a user.
 */
import { escapeUnsafe } from './escapeText.js';
import { formulaIssue, isFormulaError } from './formulaFailure.js';
import { InputError } from './InputError.js';

export function exitCodeFor(e: unknown, write: (text: string) => void, debug: boolean): number {
  if (e instanceof InputError) {
    for (const line of e.lines()) write(line + '\n');
    return 2;
  }
  if (isFormulaError(e)) {
    const issue = formulaIssue(e);
    write(escapeUnsafe(`error: ${issue.path}: ${issue.problem}; ${issue.allowed}`) + '\n');
    return 2;
  }
  const message = e instanceof Error ? e.message : String(e);
  write(`error: internal: ${escapeUnsafe(message.split('\n')[0])}\n`);
  if (debug && e instanceof Error && e.stack) write(e.stack + '\n');
  return 1;
}
