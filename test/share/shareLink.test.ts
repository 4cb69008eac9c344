import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { decodeShare, encodeShare, MAX_SHARE_CHARS, SHARE_PREFIX, type ShareContent } from '../../src/share/shareLink.js';
import { checksum } from '../../src/share/checksum.js';
import { defaultScenario } from '../../src/ui/state/scenarioLibrary.js';

const scenario = { ...structuredClone(defaultScenario()), seed: 99, payment: { rule: 'withhold', params: { withholdShare: 0.2 } } };
const content: ShareContent = { design: scenario, comparison: { baseline: defaultScenario(), designs: [scenario] }, view: 'compare' };
/** A link with a correct checksum around any payload, to reach the checks behind it. */
const raw = (payload: unknown): string => {
  const body = LZString.compressToEncodedURIComponent(JSON.stringify(payload));
  return `${SHARE_PREFIX}${body}.${checksum(body)}`;
};

describe('share links', () => {
  it('round-trips the design, the comparison, seeds and the view', () => {
    const decoded = decodeShare('#' + encodeShare(content, '0.1.0'), '0.1.0');
    expect(decoded).toEqual({ ok: true, content, engine: '0.1.0', engineDiffers: false });
    const alone = decodeShare(encodeShare({ design: scenario, comparison: null, view: 'results' }, '0.1.0'), '0.1.0');
    expect(alone).toMatchObject({ ok: true, content: { design: scenario, comparison: null, view: 'results' } });
  });
  it('carries whether each design is also shown if providers do not respond and if they do, and refuses anything but a boolean there', () => {
    const pair: ShareContent = { ...content, comparison: { ...content.comparison!, responses: true } };
    expect(decodeShare(encodeShare(pair, '0.1.0'), '0.1.0')).toEqual({ ok: true, content: pair, engine: '0.1.0', engineDiffers: false });
    const payload = { v: 2, engine: '0.1.0', view: 'compare', design: scenario, compare: { baseline: defaultScenario(), designs: [scenario], responses: 'yes' } };
    expect(decodeShare(raw(payload), '0.1.0')).toMatchObject({ ok: false, problem: 'unreadable' });
  });
  it('says when the link was made by another engine version', () => {
    expect(decodeShare(encodeShare(content, '0.0.9'), '0.1.0')).toMatchObject({ ok: true, engineDiffers: true, engine: '0.0.9' });
  });
  it('ignores fragments that are not share links', () => {
    expect(decodeShare('', '0.1.0')).toBeNull();
    expect(decodeShare('#results', '0.1.0')).toBeNull();
  });
  it('refuses an over-long fragment before decompressing it', () => {
    expect(decodeShare(SHARE_PREFIX + 'A'.repeat(MAX_SHARE_CHARS + 1), '0.1.0')).toMatchObject({ ok: false, problem: 'tooLong' });
  });
  it('refuses every single-character change of a link, and a link without its checksum', () => {
    const link = encodeShare(content, '0.1.0');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$.';
    let loaded = 0;
    let tried = 0;
    for (let i = SHARE_PREFIX.length; i < link.length; i += 7) {
      for (const c of alphabet) {
        if (c === link[i]) continue;
        tried++;
        const d = decodeShare(link.slice(0, i) + c + link.slice(i + 1), '0.1.0');
        if (d?.ok) loaded++;
      }
    }
    expect(tried).toBeGreaterThan(1000);
    expect(loaded).toBe(0);
    expect(decodeShare(link.slice(0, link.lastIndexOf('.')), '0.1.0')).toMatchObject({ ok: false, problem: 'checksum' });
    expect(decodeShare(link.slice(0, -1), '0.1.0')).toMatchObject({ ok: false, problem: 'checksum' });
  });
  it('refuses garbage, wrong payloads and invalid scenarios, naming the problem', () => {
    expect(decodeShare(raw([1, 2]), '0.1.0')).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(decodeShare(`${SHARE_PREFIX}%%%.${checksum('%%%')}`, '0.1.0')).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(decodeShare(raw({ v: 3, engine: '0.1.0', view: 'results', design: scenario }), '0.1.0')).toMatchObject({ ok: false, problem: 'newer' });
    expect(decodeShare(raw({ v: 2, engine: '0.1.0', view: 'elsewhere', design: scenario }), '0.1.0')).toMatchObject({ ok: false, problem: 'unreadable' });
    const bad = decodeShare(raw({ v: 2, engine: '0.1.0', view: 'results', design: { ...scenario, runs: -5 } }), '0.1.0');
    expect(bad).toMatchObject({ ok: false, problem: 'invalid' });
    expect(bad && !bad.ok && bad.issues[0].path).toBe('runs');
    const badDesign = decodeShare(raw({ v: 2, engine: '0.1.0', view: 'compare', design: scenario, compare: { baseline: scenario, designs: [{ ...scenario, runs: -5 }] } }), '0.1.0');
    expect(badDesign && !badDesign.ok && badDesign.issues[0].path).toBe('compare.designs[0].runs');
    const five = { v: 2, engine: '0.1.0', view: 'compare', design: scenario, compare: { baseline: scenario, designs: [scenario, scenario, scenario, scenario, scenario] } };
    expect(decodeShare(raw(five), '0.1.0')).toMatchObject({ ok: false, problem: 'unreadable' });
  });
  it('never fills gaps from defaults: a partial scenario is refused', () => {
    const { measure: _m, ...partial } = scenario;
    expect(decodeShare(raw({ v: 2, engine: '0.1.0', view: 'results', design: partial }), '0.1.0')).toMatchObject({ ok: false, problem: 'invalid' });
  });
  it('keeps a payload\'s own "__proto__" off the prototype chain', () => {
    const d = decodeShare(raw(JSON.parse(`{"__proto__": {"v": 2}, "engine": "0.1.0", "view": "results", "design": {}}`)), '0.1.0');
    expect(d).toMatchObject({ ok: false });
  });
});
