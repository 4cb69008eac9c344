/**
 * Bad input from the user: a file or flag that cannot be used. The CLI prints one line per
 * issue and exits with code 2, without a stack trace; anything else that goes wrong is an
 * internal error (exit 1). File names and every other part of a line are escaped, so each
 * issue is exactly one line whatever the name or the file held.
 */
import { formatIssue, type IssueLine } from '../engine.js';
import { displayFileName, escapeUnsafe } from './escapeText.js';

export interface LocatedIssue {
  /** The file as the user wrote it, or `command line` for a flag. */
  file: string;
  issue: IssueLine;
}

const line = (i: LocatedIssue): string => escapeUnsafe(formatIssue(displayFileName(i.file), i.issue));

export class InputError extends Error {
  constructor(readonly issues: readonly LocatedIssue[]) {
    super(issues.map(line).join('\n'));
    this.name = 'InputError';
  }

  static of(file: string, issues: readonly IssueLine[]): InputError {
    return new InputError(issues.map((issue) => ({ file, issue })));
  }

  /** The lines for stderr, one per issue. */
  lines(): string[] {
    return this.issues.map(line);
  }
}
