import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { startState } from '../../../src/ui/state/startup.js';
import { defaultScenario } from '../../../src/ui/state/scenarioLibrary.js';
import { encodeShare } from '../../../src/share/shareLink.js';
import { checksum } from '../../../src/share/checksum.js';
import type { SavedState } from '../../../src/storage/autosave.js';
import { originOf } from '../../../src/ui/state/origin.js';

const fallback = defaultScenario();
const REF = 'lib:default.json';
const compare = { baseline: 'todays', designs: ['current'] };
const edited = { ...structuredClone(fallback), seed: 5 };
const saved: SavedState = { version: 1, savedAt: 'x', lang: 'en', scenario: edited, drafts: { runs: 'x' }, budget: 500, compare, past: [fallback], origin: originOf(fallback, REF) };

describe('startState', () => {
  it('opens on the default scenario the first time', () => {
    const s = startState('', null, '0.1.0', fallback, REF);
    expect(s.scenario).toBe(fallback);
    expect(s.lang).toBe('sv');
    expect(s.notices).toEqual([]);
    expect(s.origin.ref).toBe(REF);
    expect(s.restored).toBe(false);
  });
  it('restores saved work, drafts, undo steps and where the design came from', () => {
    const s = startState('#editor', saved, '0.1.0', fallback, REF);
    expect(s.scenario).toEqual(edited);
    expect(s.drafts).toEqual({ runs: 'x' });
    expect(s.past).toEqual([fallback]);
    expect(s.lang).toBe('en');
    expect(s.origin).toEqual(originOf(fallback, REF));
    expect(s.restored).toBe(true);
    expect(s.notices.map((n) => n.key)).toEqual(['restored']);
  });
  it('lets a share link win over saved work, keeping the saved work one undo away', () => {
    const shared = { ...structuredClone(fallback), seed: 99 };
    const s = startState('#' + encodeShare({ design: shared, comparison: null, view: 'results' }, '0.1.0'), saved, '0.1.0', fallback, REF);
    expect(s.scenario).toEqual(shared);
    expect(s.past).toEqual([edited]);
    expect(s.fromShare).toBe(true);
    expect(s.shared?.view).toBe('results');
    expect(s.notices.map((n) => n.key)).toEqual(['shareLoaded']);
  });
  it('opens a shared comparison whole', () => {
    const design = { ...structuredClone(fallback), payment: { rule: 'withhold' } };
    const s = startState('#' + encodeShare({ design, comparison: { baseline: fallback, designs: [design] }, view: 'compare' }, '0.1.0'), null, '0.1.0', fallback, REF);
    expect(s.shared?.comparison?.designs).toEqual([design]);
    expect(s.notices.map((n) => n.key)).toEqual(['comparisonShared']);
  });
  it('reports a broken share link and falls back to saved work', () => {
    const body = LZString.compressToEncodedURIComponent(JSON.stringify({ v: 2, engine: '0.1.0', view: 'results', design: { ...fallback, runs: 0 } }));
    const s = startState(`#s=${body}.${checksum(body)}`, saved, '0.1.0', fallback, REF);
    expect(s.scenario).toEqual(edited);
    expect(s.notices.map((n) => n.key)).toEqual(['shareInvalid', 'restored']);
  });
  it('refuses a changed link, saying its checksum fails', () => {
    const link = encodeShare({ design: fallback, comparison: null, view: 'results' }, '0.1.0');
    const s = startState('#' + link.slice(0, 8) + (link[8] === 'A' ? 'B' : 'A') + link.slice(9), null, '0.1.0', fallback, REF);
    expect(s.notices.map((n) => n.key)).toEqual(['shareChecksum']);
    expect(s.scenario).toBe(fallback);
  });
  it('ignores a saved scenario it cannot display', () => {
    const s = startState('', { ...saved, scenario: { nonsense: true } }, '0.1.0', fallback, REF);
    expect(s.scenario).toBe(fallback);
    expect(s.notices.map((n) => n.key)).toEqual(['restoreIgnored']);
  });
});
