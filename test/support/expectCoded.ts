/**
 * Every issue the validator produces is structured: a known code that is not a fallthrough,
 * exactly the values its code declares, English texts equal to the code's table, and a
 * Swedish rendering with every value filled in.
 */
import { expect } from 'vitest';
import { ISSUE_CODES, ISSUE_VALUES, renderIssue, type IssueCode, type IssueValues, type ScenarioIssue } from '../../src/engine.js';
import { FALLTHROUGH_CODES } from '../../src/core/issues/issueCodes.js';

export const codesSeen = new Set<IssueCode>();

export function expectCoded(issue: Omit<ScenarioIssue, 'path'>): void {
  const where = `${issue.code}: ${issue.problem}; ${issue.allowed}`;
  expect(ISSUE_CODES, where).toContain(issue.code);
  expect(FALLTHROUGH_CODES, where).not.toContain(issue.code);
  expect(Object.keys(issue.values).sort(), where).toEqual(Object.keys(ISSUE_VALUES[issue.code]).sort());
  const values = issue.values as IssueValues<IssueCode>;
  expect(renderIssue(issue.code, values, 'en'), where).toEqual({ problem: issue.problem, allowed: issue.allowed });
  const sv = renderIssue(issue.code, values, 'sv');
  expect(`${sv.problem}; ${sv.allowed}`, where).not.toMatch(/[\n\r\u2028\u2029]/);
  codesSeen.add(issue.code);
}
