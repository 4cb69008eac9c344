import { describe, expect, it } from 'vitest';
import { isModified, originOf, parseOrigin, retitle } from '../../../src/ui/state/origin.js';
import { defaultScenario } from '../../../src/ui/state/scenarioLibrary.js';

const base = defaultScenario();
const o = originOf(base, 'lib:default.json');

describe('a design\'s name tells the truth', () => {
  it('becomes a new design, without the source story, at the first edit', () => {
    const edited = retitle({ ...base, runs: 500 }, o);
    expect(isModified(edited, o)).toBe(true);
    expect(edited.title.sv).toBe(`Ny design (från ${base.title.sv})`);
    expect(edited.title.en).toBe(`New design (from ${base.title.en})`);
    expect(edited.story).toBeUndefined();
  });
  it('takes the source name back when brought back to the source', () => {
    const edited = retitle({ ...base, runs: 500 }, o);
    const back = retitle({ ...edited, runs: base.runs }, o);
    expect(back.title).toEqual(base.title);
    expect(back.story).toEqual(base.story);
    expect(isModified(back, o)).toBe(false);
  });
  it('keeps a name the user gave', () => {
    const mine = { ...base, runs: 500, title: { sv: 'Min', en: 'Min' } };
    expect(retitle(mine, o)).toBe(mine);
  });
  it('reads a stored origin defensively', () => {
    expect(parseOrigin(JSON.parse(JSON.stringify(o)))).toEqual(o);
    expect(parseOrigin({ ref: 1 })).toBeNull();
    expect(parseOrigin(null)).toBeNull();
  });
});
