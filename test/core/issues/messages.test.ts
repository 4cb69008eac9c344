import { describe, expect, it } from 'vitest';
import { formatIssue, ScenarioError } from '../../../src/engine.js';
import { msg, show } from '../../../src/core/issues/messages.js';

describe('messages', () => {
  it('formats the CLI contract line: error: <file>: <path>: <problem>; <allowed>', () => {
    const line = formatIssue('x.json', { path: 'runs', problem: 'found 0', allowed: 'at least 1' });
    expect(line).toBe('error: x.json: runs: found 0; at least 1');
    expect(line).not.toMatch(/\n/);
  });

  it('shows found values briefly and safely', () => {
    expect(show('a'.repeat(100))).toBe(JSON.stringify('a'.repeat(40) + '…'));
    expect(show(null)).toBe('null');
    expect(show([1])).toBe('a list');
    expect(show({})).toBe('an object');
    expect(show(2.5)).toBe('2.5');
  });

  it('every message factory says what is allowed', () => {
    const samples = [
      msg.emptyFile(), msg.tooLarge(5), msg.notJson('x'), msg.notObject(1), msg.noVersion(), msg.newerVersion(9), msg.badVersion('x'),
      msg.unknownModel('measure', 'x', ['a']), msg.unknownParam('x', []), msg.notApplicable('x', 'binary', ['a']), msg.notBoolean(1),
      msg.outOfRange(2, 0, 1, 'share'), msg.notInteger(1.5), msg.notUncertain(), msg.distributionOutside('mean', 0, 1), msg.distributionOrder(),
      msg.betaRange(0, 60), msg.tooMuchWork(1e10),
    ];
    for (const s of samples) expect(s.problem.length > 0 && s.allowed.length > 0).toBe(true);
  });

  it('ScenarioError carries its issues', () => {
    const e = new ScenarioError([{ path: 'runs', problem: 'found 0', allowed: 'at least 1' }]);
    expect(e.issues).toHaveLength(1);
    expect(e.message).toBe('runs: found 0; at least 1');
  });
});
