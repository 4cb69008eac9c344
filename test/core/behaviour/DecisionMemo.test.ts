import { describe, expect, it } from 'vitest';
import { DecisionMemo } from '../../../src/core/behaviour/DecisionMemo.js';
import { BehaviourState } from '../../../src/core/behaviour/BehaviourState.js';
import { RunState } from '../../../src/core/state/RunState.js';

describe('DecisionMemo', () => {
  it('skips a decision only while everything a provider can know is unchanged', () => {
    const s = new RunState(3, 0, 12, 3);
    const b = new BehaviourState(3, s.effect);
    const memo = new DecisionMemo(3);
    expect(memo.unchanged(s, b)).toBe(false);
    expect(memo.unchanged(s, b)).toBe(true);
    b.effort[1] = 0.5;
    expect(memo.unchanged(s, b)).toBe(false);
    expect(memo.unchanged(s, b)).toBe(true);
    b.declineAbove[2] = 1.2;
    expect(memo.unchanged(s, b)).toBe(false);
    b.declineAbove[2] = 1.2 + 1e-9; // a bisection's last digits
    expect(memo.unchanged(s, b)).toBe(true);
    s.weight[0] = 1.2;
    expect(memo.unchanged(s, b)).toBe(false);
    s.active[0] = 0;
    expect(memo.unchanged(s, b)).toBe(false);
  });
});
