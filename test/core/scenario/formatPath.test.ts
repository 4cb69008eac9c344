import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/core/scenario/formatPath.js';

describe('formatPath', () => {
  it('writes plain names with dots and indices in brackets', () => {
    expect(formatPath(['segments', 0, 'params', 'capacity'])).toBe('segments[0].params.capacity');
    expect(formatPath([])).toBe('$');
  });

  it('quotes keys that are not plain names, so a path stays one line and unambiguous', () => {
    expect(formatPath(['care', 'a.b'])).toBe('care["a.b"]');
    expect(formatPath(['line\nbreak'])).toBe('["line\\nbreak"]');
    expect(formatPath([''])).toBe('[""]');
  });

  it('shortens very long keys', () => {
    expect(formatPath(['x'.repeat(1000)])).toBe(`["${'x'.repeat(40)}…"]`);
  });
});
