import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from '../../../src/core/scenario/findDuplicateKeys.js';

describe('findDuplicateKeys', () => {
  it('finds a repeated key with its path, at any depth', () => {
    expect(findDuplicateKeys('{"a": 1, "a": 2}', 10)).toEqual([['a']]);
    expect(findDuplicateKeys('{"s": [{"x": 1}, {"p": {"k": 1, "q": [1, {"k": 2}], "k": 3}}]}', 10)).toEqual([['s', 1, 'p', 'k']]);
  });

  it('does not confuse the same key in different objects, or keys with values', () => {
    expect(findDuplicateKeys('{"a": {"a": "a"}, "b": [{"a": 1}, {"a": 2}], "c": "a"}', 10)).toEqual([]);
  });

  it('reads escaped quotes, backslashes and unicode escapes in keys and values', () => {
    expect(findDuplicateKeys('{"a\\"b": "x\\\\", "a\\u0022b": 2, "c": "{\\"d\\": 1, \\"d\\": 2}"}', 10)).toEqual([['a"b']]);
  });

  it('stops at the limit', () => {
    expect(findDuplicateKeys('{"a": 1, "a": 2, "a": 3, "a": 4}', 2)).toHaveLength(2);
  });

  it('finds nothing in any JSON.stringify output (which cannot repeat a key)', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => { expect(findDuplicateKeys(JSON.stringify(v) ?? 'null', 10)).toEqual([]); }));
  });

  it('handles 100,000 levels of nesting without recursion', () => {
    const deep = '{"a":'.repeat(100_000) + '{"b": 1, "b": 2}' + '}'.repeat(100_000);
    const found = findDuplicateKeys(deep, 10);
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveLength(100_001);
  });
});
