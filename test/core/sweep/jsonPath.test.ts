import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getAt, parsePath, pathText, setAt } from '../../../src/core/sweep/jsonPath.js';

describe('scenario JSON paths', () => {
  it('parses the paths messages print', () => {
    expect(parsePath('segments[0].params.costPerClientMonth')).toEqual(['segments', 0, 'params', 'costPerClientMonth']);
    expect(parsePath('fallback.pricePerDay')).toEqual(['fallback', 'pricePerDay']);
    for (const bad of ['', '.a', 'a..b', 'a[x]', 'a[0', '[0]', 'a b']) expect(parsePath(bad)).toBeUndefined();
  });

  it('sets a number without touching the original, creating missing objects', () => {
    const data = { payment: { rule: 'perDiem' }, segments: [{ service: 'hvbYouth' }] };
    const copy = JSON.parse(JSON.stringify(data)) as unknown;
    const r = setAt(data, parsePath('segments[0].params.pricePerDay')!, 4000);
    expect(r.ok && getAt(r.data, ['segments', 0, 'params', 'pricePerDay'])).toBe(4000);
    expect(data).toEqual(copy);
    expect(setAt(data, parsePath('segments[3].params.x')!, 1)).toEqual({ ok: false, at: 1 });
    expect(setAt(data, parsePath('payment.rule.x')!, 1)).toEqual({ ok: false, at: 2 });
  });

  it('round-trips: text → path → text, and set then get gives the value back', () => {
    const name = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/);
    const part = fc.oneof(name, fc.nat(3));
    fc.assert(fc.property(name, fc.array(part, { maxLength: 5 }), fc.double({ noNaN: true }), (first, rest, x) => {
      const path = [first, ...rest.filter((p) => typeof p === 'string')];
      expect(parsePath(pathText(path))).toEqual(path);
      const r = setAt({}, path, x);
      expect(r.ok).toBe(true);
      if (r.ok) expect(getAt(r.data, path)).toBe(x);
    }));
  });
});
