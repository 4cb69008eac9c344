import { describe, expect, it } from 'vitest';
import { Autosave, AUTOSAVE_GOOD_KEY, AUTOSAVE_KEY, parseSaved, type KeyValueStore, type SavedState } from '../../src/storage/autosave.js';

const memory = (): KeyValueStore & { data: Map<string, unknown> } => {
  const data = new Map<string, unknown>();
  return { data, get: async (k) => structuredClone(data.get(k)), set: async (k, v) => { data.set(k, structuredClone(v)); } };
};

const state = (runs: number): SavedState => ({
  version: 1, savedAt: '2025-01-01T00:00:00Z', lang: 'sv', scenario: { runs }, drafts: { runs: '1,2,3' }, budget: 540,
  compare: { baseline: 'lib:default', designs: ['current'] }, past: [],
});

describe('Autosave', () => {
  it('restores what it saved', async () => {
    const a = new Autosave(memory());
    expect(await a.save(state(10))).toBe('saved');
    expect(await a.load()).toEqual({ state: state(10), recovered: false });
  });
  it("keeps the compare view's choice to show each design if providers respond, and only as true", () => {
    const withPair = { ...state(1), compare: { baseline: 'todays', designs: ['current'], responses: true } };
    expect(parseSaved(withPair)?.compare).toEqual({ baseline: 'todays', designs: ['current'], responses: true });
    expect(parseSaved({ ...withPair, compare: { ...withPair.compare, responses: 'yes' } })?.compare).toEqual({ baseline: 'todays', designs: ['current'] });
  });
  it('keeps the newest of quick successive saves', async () => {
    const store = memory();
    const a = new Autosave(store);
    void a.save(state(1));
    void a.save(state(2));
    await a.save(state(3));
    expect((store.data.get(AUTOSAVE_KEY) as SavedState).scenario).toEqual({ runs: 3 });
  });
  it('reports a failed write instead of throwing', async () => {
    const a = new Autosave({ get: async () => undefined, set: async () => { throw new Error('blocked'); } });
    expect(await a.save(state(1))).toBe('failed');
  });
  it('tells a full store (quota) apart from other failures', async () => {
    const a = new Autosave({ get: async () => undefined, set: async () => { throw new DOMException('full', 'QuotaExceededError'); } });
    expect(await a.save(state(1))).toBe('quota');
  });
  it('keeps the last good copy and recovers it when the latest record is corrupted', async () => {
    const store = memory();
    const a = new Autosave(store);
    await a.save(state(5));
    expect(store.data.get(AUTOSAVE_GOOD_KEY)).toEqual(state(5));
    store.data.set(AUTOSAVE_KEY, { version: 1, garbage: true });
    expect(await a.load()).toEqual({ state: state(5), recovered: true });
    store.data.set(AUTOSAVE_GOOD_KEY, 'broken too');
    expect(await a.load()).toBeNull();
  });
  it('does not promote a record that reads back damaged', async () => {
    const store = memory();
    const a = new Autosave({ get: async (k) => (k === AUTOSAVE_KEY ? 'damaged' : store.get(k)), set: store.set });
    await a.save(state(1));
    expect(store.data.has(AUTOSAVE_GOOD_KEY)).toBe(false);
  });
  it('survives a store whose reads throw', async () => {
    expect(await new Autosave({ get: async () => { throw new Error('x'); }, set: async () => {} }).load()).toBeNull();
  });
  it('ignores records it does not understand', async () => {
    expect(parseSaved({ ...state(1), version: 99 })).toBeNull();
    expect(parseSaved({ ...state(1), lang: 'de' })).toBeNull();
    expect(parseSaved({ ...state(1), budget: 'x' })).toBeNull();
    expect(parseSaved('x')).toBeNull();
    expect(await new Autosave(memory()).load()).toBeNull();
  });
  it('starts from the last good copy when the latest record holds a reference cycle or a BigInt', async () => {
    const store = memory();
    const a = new Autosave(store);
    await a.save(state(7));
    const cyclic: Record<string, unknown> = { ...state(8), scenario: { runs: 8 } };
    (cyclic.scenario as Record<string, unknown>).self = cyclic;
    store.data.set(AUTOSAVE_KEY, cyclic);
    expect(await a.load()).toEqual({ state: state(7), recovered: true });
    store.data.set(AUTOSAVE_KEY, { ...state(9), scenario: { runs: 10n } });
    expect(await a.load()).toEqual({ state: state(7), recovered: true });
    const past: unknown[] = [];
    past.push(past);
    store.data.set(AUTOSAVE_KEY, { ...state(9), past });
    expect(await a.load()).toEqual({ state: state(7), recovered: true });
  });
  it('never throws on whatever a record holds', () => {
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let i = 0; i < 200_000; i++) { const next = {}; at.x = next; at = next; }
    for (const x of [10n, deep, { ...state(1), scenario: deep }, { toJSON: () => { throw new Error('x'); } }, undefined, Symbol('x')]) {
      expect(() => parseSaved(x)).not.toThrow();
    }
    expect(parseSaved({ ...state(1), budget: 5n })).toBeNull();
  });
});
