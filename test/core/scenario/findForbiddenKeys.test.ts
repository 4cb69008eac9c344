import { describe, expect, it } from 'vitest';
import { findForbiddenKeys } from '../../../src/core/scenario/findForbiddenKeys.js';

describe('findForbiddenKeys', () => {
  it('finds __proto__ as an own key wherever JSON.parse put it', () => {
    const data = JSON.parse('{"a": [{"__proto__": {"x": 1}}], "b": {"c": {"__proto__": null}}}') as unknown;
    expect(findForbiddenKeys(data, 10)).toEqual([['a', 0, '__proto__'], ['b', 'c', '__proto__']]);
  });

  it('ignores constructor and prototype (they are own keys the schema refuses by name)', () => {
    expect(findForbiddenKeys({ constructor: 1, prototype: { x: 1 } }, 10)).toEqual([]);
  });

  it('visits shared and cyclic objects once', () => {
    const shared: Record<string, unknown> = {};
    shared.self = shared;
    expect(findForbiddenKeys({ a: shared, b: shared }, 10)).toEqual([]);
  });

  it('walks 100,000 levels without recursion', () => {
    const deep = JSON.parse('{"a":'.repeat(100_000) + '{"__proto__": 1}' + '}'.repeat(100_000)) as unknown;
    expect(findForbiddenKeys(deep, 10)[0]).toHaveLength(100_001);
  });
});
