/**
 * Hostile share links through the decoder and the page's start-up choice: truncated,
 * tampered, from a newer link format or engine, oversized, decompression bombs, non-object
 * payloads, prototype keys and scenarios that fail validation. Every case is refused with a
 * named problem (or, for a harmless engine difference, loaded with a warning), never throws,
 * and never displaces the work saved in the browser. The per-test timeout is the hang guard.
 */
import LZString from 'lz-string';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { validateScenario } from '../../../src/engine.js';
import { decodeShare, encodeShare, MAX_PAYLOAD_CHARS, MAX_SHARE_CHARS, SHARE_PREFIX, type Decoded, type ShareProblem } from '../../../src/share/shareLink.js';
import { checksum } from '../../../src/share/checksum.js';
import { defaultScenario } from '../../../src/ui/state/scenarioLibrary.js';
import { startState } from '../../../src/ui/state/startup.js';
import { t } from '../../../src/i18n/t.js';
import type { SavedState } from '../../../src/storage/autosave.js';

const ENGINE = '0.1.0';
const scenario = { ...structuredClone(defaultScenario()), seed: 4242 };
const link = encodeShare({ design: scenario, comparison: null, view: 'results' }, ENGINE);
/** The compressed body and its checksum, as a link carries them. */
const body = link.slice(SHARE_PREFIX.length);
/** A link with a correct checksum around any text, to reach the checks behind the checksum. */
const packText = (text: string): string => {
  const b = LZString.compressToEncodedURIComponent(text);
  return `${SHARE_PREFIX}${b}.${checksum(b)}`;
};
/** A version-2 payload around a design. */
const v2 = (design: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ v: 2, engine: ENGINE, view: 'results', design, ...extra });
const pack = (payload: unknown): string => packText(JSON.stringify(payload));
const counts: Record<string, number> = {};

/** Decodes one hostile link; fails the test if it throws, counts the case by kind. */
function decode(kind: string, fragment: string): Decoded {
  counts[kind] = (counts[kind] ?? 0) + 1;
  let out: Decoded | null = null;
  expect(() => { out = decodeShare(fragment, ENGINE); }).not.toThrow();
  expect(out).not.toBeNull();
  return out as unknown as Decoded;
}
const refused = (kind: string, fragment: string, problem: ShareProblem): Decoded => {
  const d = decode(kind, fragment);
  expect(d).toMatchObject({ ok: false, problem });
  return d;
};

afterAll(() => {
  // The count by kind, for the issue's closing note.
  console.info(`hostile share links by kind: ${JSON.stringify(counts)}`);
});

describe('hostile share links', () => {
  it('refuses links cut short at any point', () => {
    for (let cut = 1; cut < body.length; cut += Math.max(1, Math.floor(body.length / 40))) {
      const d = decode('truncated', SHARE_PREFIX + body.slice(0, cut));
      expect(d.ok).toBe(false);
    }
    refused('truncated', SHARE_PREFIX, 'checksum');
  });

  it('refuses every link with an altered character (the checksum), saying so', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$.';
    for (let i = 0; i < body.length; i += Math.max(1, Math.floor(body.length / 60))) {
      const flipped = alphabet[(alphabet.indexOf(body[i]) + 1 + (i % 7)) % alphabet.length];
      refused('tampered', SHARE_PREFIX + body.slice(0, i) + flipped + body.slice(i + 1), 'checksum');
    }
    refused('tampered', SHARE_PREFIX + '%%%not-lz', 'checksum');
    refused('tampered', `${SHARE_PREFIX}%%%not-lz.${checksum('%%%not-lz')}`, 'unreadable');
    refused('tampered', SHARE_PREFIX + '\u0000\uffff\ud800', 'checksum');
    // A version-1 link (no checksum) is refused: its integrity cannot be checked.
    refused('tampered', SHARE_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, engine: ENGINE, scenario })), 'checksum');
    expect(validateScenario(scenario).ok).toBe(true);
  });

  it('refuses a newer link format and a scenario from a newer schema; warns on another engine', () => {
    refused('version', pack(v2(scenario, { v: 3 })), 'newer');
    refused('version', pack({ v: 999, engine: '9.0.0', scenario: 'anything' }), 'newer');
    refused('version', pack(v2(scenario, { v: '2' })), 'unreadable');
    refused('version', pack(v2(scenario, { v: 0 })), 'unreadable');
    refused('version', pack(v2(scenario, { v: 1 })), 'unreadable');
    refused('version', pack(v2(scenario, { v: 1.5 })), 'unreadable');
    refused('version', pack({ engine: ENGINE, view: 'results', design: scenario }), 'unreadable');
    refused('version', pack(v2(scenario, { engine: 7 })), 'unreadable');
    refused('version', pack(v2(scenario, { view: 'editor' })), 'unreadable');
    const newerSchema = refused('version', pack(v2({ ...scenario, schemaVersion: 99 })), 'invalid');
    expect(!newerSchema.ok && newerSchema.issues[0].path).toBe('schemaVersion');
    const future = decode('version', pack(v2(scenario, { engine: '99.0.0-' + 'x'.repeat(500) })));
    expect(future).toMatchObject({ ok: true, engineDiffers: true });
    expect(future.ok && future.engine.length).toBeLessThanOrEqual(40);
  });

  it('refuses an oversized link before decompressing it', () => {
    const spy = vi.spyOn(LZString, 'decompressFromEncodedURIComponent');
    try {
      refused('oversized', SHARE_PREFIX + 'A'.repeat(MAX_SHARE_CHARS + 1), 'tooLong');
      refused('oversized', SHARE_PREFIX + body.repeat(Math.ceil((MAX_SHARE_CHARS + 1) / body.length)), 'tooLong');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses payloads that decompress to huge text (decompression bombs)', () => {
    const bombs = [
      packText('a'.repeat(MAX_PAYLOAD_CHARS + 1)),
      pack(v2({ ...scenario, notes: 'x'.repeat(2_000_000) })),
      pack(v2(Array.from({ length: 100_000 }, () => ({})))),
    ];
    for (const bomb of bombs) {
      // Each bomb fits in the link limit: only the output size can catch it.
      expect(bomb.length).toBeLessThan(MAX_SHARE_CHARS);
      refused('bomb', bomb, 'tooLong');
    }
  });

  it('refuses JSON that is not a payload object', () => {
    for (const text of ['null', '42', '"text"', '[]', '[1,2]', 'true', '{', '{"v":2,', 'NaN', '']) {
      const d = decode('notObject', packText(text));
      expect(d).toMatchObject({ ok: false, problem: 'unreadable' });
    }
  });

  it('does not pollute prototypes or read inherited fields', () => {
    const inner = JSON.stringify(v2(scenario));
    refused('prototypeKeys', packText(`{"__proto__":${inner}}`), 'unreadable');
    refused('prototypeKeys', packText(`{"constructor":{"prototype":${inner}}}`), 'unreadable');
    const s = JSON.stringify(scenario);
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const hostile = `{"v":2,"engine":"${ENGINE}","view":"results","${key}":{"polluted":true},"design":{"${key}":{"polluted":true},${s.slice(1)}}`;
      const d = decode('prototypeKeys', packText(hostile));
      if (d.ok) expect(Object.hasOwn(d.content.design, key)).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses scenarios that fail validation, naming the field', () => {
    const bad: Array<[string, unknown]> = [
      ['runs', { ...scenario, runs: -5 }],
      ['runs', { ...scenario, runs: 1e308 }],
      ['runs', { ...scenario, runs: 2.5 }],
      ['seed', { ...scenario, seed: 'NaN' }],
      ['$', 'a scenario'],
      ['$', null],
    ];
    for (const [path, s] of bad) {
      const d = refused('invalid', pack(v2(s)), 'invalid');
      expect(!d.ok && d.issues[0].path.startsWith(path === '$' ? '' : path)).toBe(true);
    }
    const { measure: _m, ...partial } = scenario;
    refused('invalid', pack(v2(partial)), 'invalid');
    const badDesign = refused('invalid', pack(v2(scenario, { view: 'compare', compare: { baseline: scenario, designs: [{ ...scenario, runs: 0 }] } })), 'invalid');
    expect(!badDesign.ok && badDesign.issues[0].path).toBe('compare.designs[0].runs');
  });
});

describe('a refused link at start-up', () => {
  const saved: SavedState = {
    version: 1, savedAt: '2026-01-01T00:00:00Z', lang: 'en', scenario: { ...scenario, seed: 7 }, drafts: { runs: '12x' }, budget: 500,
    compare: { baseline: 'current', designs: [] }, past: [],
  };
  const hostile = [SHARE_PREFIX + body.slice(0, 30), SHARE_PREFIX + 'A'.repeat(MAX_SHARE_CHARS + 1), pack({ v: 3 }), pack(v2({ ...scenario, runs: -1 })), packText('[]'), link.slice(0, -1) + (link.endsWith('0') ? '1' : '0')];

  it('keeps the saved work and says why, in both languages', () => {
    for (const fragment of hostile) {
      const s = startState('#' + fragment, saved, ENGINE, defaultScenario(), 'lib:default.json');
      expect(s.scenario).toEqual(saved.scenario);
      expect(s.drafts).toEqual(saved.drafts);
      expect(s.fromShare).toBe(true);
      const error = s.notices.find((n) => n.kind === 'error');
      expect(error).toBeDefined();
      const sv = t('sv', error!.key, error!.vars);
      const en = t('en', error!.key, error!.vars);
      expect(sv.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(sv).not.toBe(en);
    }
  });
});
