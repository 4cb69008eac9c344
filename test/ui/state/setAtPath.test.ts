import { describe, expect, it } from 'vitest';
import { getAtPath, pathText, setAtPath } from '../../../src/ui/state/setAtPath.js';
import { formatPath } from '../../../src/engine.js';

const s = { runs: 10, segments: [{ service: 'a', providers: 4, params: { capacity: 3 } }], payment: { rule: 'perDiem' } };

describe('setAtPath', () => {
  it('sets a nested value without mutating the input and shares untouched branches', () => {
    const before = structuredClone(s);
    const next = setAtPath(s, ['segments', 0, 'params', 'capacity'], 5);
    expect(s).toEqual(before);
    expect(getAtPath(next, ['segments', 0, 'params', 'capacity'])).toBe(5);
    expect(next.payment).toBe(s.payment);
  });
  it('creates missing objects on the way', () => {
    const next = setAtPath(s, ['payment', 'params', 'target'], 0.5) as typeof s & { payment: { params: { target: number } } };
    expect(next.payment.params.target).toBe(0.5);
  });
  it('removes a value and prunes the objects it leaves empty', () => {
    const next = setAtPath(s, ['segments', 0, 'params', 'capacity'], undefined);
    expect(next.segments[0]).toEqual({ service: 'a', providers: 4 });
  });
  it('removes an array item', () => {
    const two = setAtPath(s, ['segments', 1], { service: 'b', providers: 1 });
    expect(setAtPath(two, ['segments', 0], undefined).segments).toEqual([{ service: 'b', providers: 1 }]);
  });
  it('writes paths as the validator does', () => {
    const path = ['segments', 0, 'params', 'capacity'] as const;
    expect(pathText(path)).toBe(formatPath(path));
    expect(pathText([])).toBe('$');
  });
});
