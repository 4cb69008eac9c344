import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayFileName, escapeUnsafe } from '../../src/cli/escapeText.js';

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('escapeText', () => {
  it('leaves nothing that could break a line or steer a terminal, whatever the text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(escapeUnsafe(text)).not.toMatch(UNSAFE);
      expect(displayFileName(text)).not.toMatch(UNSAFE);
    }));
  });

  it('shows a plain name as typed and any other quoted, with what it holds visible', () => {
    expect(displayFileName('scenarios/mine.json')).toBe('scenarios/mine.json');
    expect(displayFileName('mina scenarier/å.json')).toBe('mina scenarier/å.json');
    expect(displayFileName('a\nerror: b')).toBe('"a\\nerror: b"');
    expect(displayFileName('x\u001b[2K\u202e.json')).toBe('"x\\u001b[2K\\u202e.json"');
    expect(displayFileName(' lead.json')).toBe('" lead.json"');
  });
});
