import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { decodeShare, encodeShare, MAX_SHARE_CHARS, SHARE_PREFIX } from '../../src/share/shareLink.js';
import { defaultScenario } from '../../src/ui/state/scenarioLibrary.js';

const scenario = { ...structuredClone(defaultScenario()), seed: 99, payment: { rule: 'withhold', params: { withholdShare: 0.2 } } };
const raw = (payload: unknown): string => SHARE_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(payload));

describe('share links', () => {
  it('round-trips the scenario and its seed', () => {
    const decoded = decodeShare('#' + encodeShare(scenario, '0.1.0'), '0.1.0');
    expect(decoded).toEqual({ ok: true, scenario, engine: '0.1.0', engineDiffers: false });
  });
  it('says when the link was made by another engine version', () => {
    expect(decodeShare(encodeShare(scenario, '0.0.9'), '0.1.0')).toMatchObject({ ok: true, engineDiffers: true, engine: '0.0.9' });
  });
  it('ignores fragments that are not share links', () => {
    expect(decodeShare('', '0.1.0')).toBeNull();
    expect(decodeShare('#results', '0.1.0')).toBeNull();
  });
  it('refuses an over-long fragment before decompressing it', () => {
    expect(decodeShare(SHARE_PREFIX + 'A'.repeat(MAX_SHARE_CHARS + 1), '0.1.0')).toMatchObject({ ok: false, problem: 'tooLong' });
  });
  it('refuses garbage, wrong payloads and invalid scenarios, naming the problem', () => {
    expect(decodeShare(SHARE_PREFIX + '%%%not-lz', '0.1.0')).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(decodeShare(raw([1, 2]), '0.1.0')).toMatchObject({ ok: false, problem: 'unreadable' });
    const bad = decodeShare(raw({ v: 1, engine: '0.1.0', scenario: { ...scenario, runs: -5 } }), '0.1.0');
    expect(bad).toMatchObject({ ok: false, problem: 'invalid' });
    expect(bad && !bad.ok && bad.issues[0].path).toBe('runs');
  });
  it('never fills gaps from defaults: a partial scenario is refused', () => {
    const { measure: _m, ...partial } = scenario;
    expect(decodeShare(raw({ v: 1, engine: '0.1.0', scenario: partial }), '0.1.0')).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
