import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { startState } from '../../../src/ui/state/startup.js';
import { defaultScenario } from '../../../src/ui/state/scenarioLibrary.js';
import { encodeShare } from '../../../src/share/shareLink.js';
import type { SavedState } from '../../../src/storage/autosave.js';

const fallback = defaultScenario();
const compare = { baseline: 'lib:default.json', designs: ['current'] };
const edited = { ...structuredClone(fallback), seed: 5 };
const saved: SavedState = { version: 1, savedAt: 'x', lang: 'en', scenario: edited, drafts: { runs: 'x' }, budget: 500, compare, past: [fallback] };

describe('startState', () => {
  it('opens on the default scenario the first time', () => {
    const s = startState('', null, '0.1.0', fallback, compare);
    expect(s.scenario).toBe(fallback);
    expect(s.lang).toBe('sv');
    expect(s.notices).toEqual([]);
  });
  it('restores saved work, drafts and undo steps included', () => {
    const s = startState('#editor', saved, '0.1.0', fallback, compare);
    expect(s.scenario).toEqual(edited);
    expect(s.drafts).toEqual({ runs: 'x' });
    expect(s.past).toEqual([fallback]);
    expect(s.lang).toBe('en');
    expect(s.notices.map((n) => n.key)).toEqual(['restored']);
  });
  it('lets a share link win over saved work, keeping the saved work one undo away', () => {
    const shared = { ...structuredClone(fallback), seed: 99 };
    const s = startState('#' + encodeShare(shared, '0.1.0'), saved, '0.1.0', fallback, compare);
    expect(s.scenario).toEqual(shared);
    expect(s.past).toEqual([edited]);
    expect(s.fromShare).toBe(true);
    expect(s.notices.map((n) => n.key)).toEqual(['shareLoaded']);
  });
  it('reports a broken share link and falls back to saved work', () => {
    const broken = '#s=' + LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, engine: '0.1.0', scenario: { ...fallback, runs: 0 } }));
    const s = startState(broken, saved, '0.1.0', fallback, compare);
    expect(s.scenario).toEqual(edited);
    expect(s.notices.map((n) => n.key)).toEqual(['shareInvalid', 'restored']);
  });
  it('ignores a saved scenario it cannot display', () => {
    const s = startState('', { ...saved, scenario: { nonsense: true } }, '0.1.0', fallback, compare);
    expect(s.scenario).toBe(fallback);
    expect(s.notices.map((n) => n.key)).toEqual(['restoreIgnored']);
  });
});
