import { describe, expect, it } from 'vitest';
import { choice, count, defaultsOf, flag, num } from '../../../src/core/model/ParamSpec.js';

const text = { sv: 'x', en: 'x' };

describe('parameter spec helpers', () => {
  it('num is uncertain by default; count is a whole, certain number', () => {
    expect(num({ label: text, explanation: text, unit: 'share', min: 0, max: 1, default: 0.5 })).toMatchObject({ kind: 'number', uncertain: true });
    expect(num({ label: text, explanation: text, unit: 'share', min: 0, max: 1, default: 0.5, uncertain: false }).uncertain).toBe(false);
    expect(count({ label: text, explanation: text, min: 1, max: 9, default: 3 })).toMatchObject({ kind: 'number', unit: 'count', integer: true, uncertain: false });
  });

  it('defaultsOf collects every default, of every kind', () => {
    const specs = {
      a: num({ label: text, explanation: text, unit: 'share', min: 0, max: 1, default: 0.25 }),
      b: flag({ label: text, explanation: text, default: true }),
      c: choice({ label: text, explanation: text, options: [{ value: 'x', label: text }, { value: 'y', label: text }], default: 'y' }),
    };
    expect(defaultsOf(specs)).toEqual({ a: 0.25, b: true, c: 'y' });
  });
});
