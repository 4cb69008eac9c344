/**
 * Bad input from the user: a file or flag that cannot be used. The CLI prints one line per
 * issue and exits with code 2, without a stack trace; anything else that goes wrong is an
 * internal error (exit 1).
 */
import { formatIssue, type ScenarioIssue } from '../engine.js';

export interface LocatedIssue {
  /** The file as the user wrote it, or `command line` for a flag. */
  file: string;
  issue: ScenarioIssue;
}

export class InputError extends Error {
  constructor(readonly issues: readonly LocatedIssue[]) {
    super(issues.map((i) => formatIssue(i.file, i.issue)).join('\n'));
    this.name = 'InputError';
  }

  static of(file: string, issues: readonly ScenarioIssue[]): InputError {
    return new InputError(issues.map((issue) => ({ file, issue })));
  }

  /** The lines for stderr, one per issue. */
  lines(): string[] {
    return this.issues.map((i) => formatIssue(i.file, i.issue));
  }
}
