import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/cli/decodeUtf8.js';

describe('decodeUtf8', () => {
  it('gives back any text encoded as UTF-8, byte-order mark included (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (text, bom) => {
      const withBom = (bom ? '\ufeff' : '') + text;
      expect(decodeUtf8(new TextEncoder().encode(withBom))).toEqual({ ok: true, text: withBom });
    }));
  });

  it('refuses exactly the byte strings a strict decoder refuses, pointing inside the text (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      let strict = true;
      try { new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { strict = false; }
      const d = decodeUtf8(bytes);
      expect(d.ok).toBe(strict);
      if (!d.ok) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(bytes).toContain(d.byte);
      }
    }));
  });

  it('names the first Latin-1 letter, its line and column', () => {
    expect(decodeUtf8(Buffer.from('{\n  "title": "Malmö "\n}', 'latin1'))).toEqual({ ok: false, byte: 0xf6, line: 2, column: 17 });
    expect(decodeUtf8(Buffer.concat([Buffer.from('åä'), Buffer.from([0xe9])]))).toEqual({ ok: false, byte: 0xe9, line: 1, column: 3 });
  });
});
