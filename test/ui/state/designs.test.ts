import { describe, expect, it } from 'vitest';
import { addDesign, cleanName, contentKey, deleteDesign, duplicateDesign, findDesign, parseDesigns, renameDesign, updateDesign } from '../../../src/ui/state/designs.js';
import { defaultScenario } from '../../../src/ui/state/scenarioLibrary.js';
import { DesignStore } from '../../../src/storage/designStore.js';

const base = defaultScenario();
const bonus = { ...base, payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 100000 } } };
const NOW = '2026-01-01T00:00:00Z';

describe('named designs', () => {
  it('adds a design under its name, with a unique id and without the source story', () => {
    const a = addDesign([], bonus, 'Bonus 100 000', NOW);
    expect(a.design.scenario.title).toEqual({ sv: 'Bonus 100 000', en: 'Bonus 100 000' });
    expect(a.design.scenario.story).toBeUndefined();
    const b = addDesign(a.list, bonus, 'Bonus 100 000', NOW);
    expect(b.design.id).not.toBe(a.design.id);
    expect(contentKey(b.design.scenario)).toBe(contentKey(bonus));
  });
  it('renames, duplicates, updates and deletes', () => {
    const { list, design } = addDesign([], bonus, 'A', NOW);
    const renamed = renameDesign(list, design.id, 'B', NOW);
    expect(renamed[0].scenario.title.en).toBe('B');
    expect(renamed[0].id).toBe(design.id);
    const two = duplicateDesign(renamed, design.id, (n) => `${n} (kopia)`, NOW);
    expect(two.map((d) => d.scenario.title.sv)).toEqual(['B', 'B (kopia)']);
    const updated = updateDesign(two, two[1].id, base, NOW);
    expect(contentKey(updated[1].scenario)).toBe(contentKey(base));
    expect(updated[1].scenario.title.sv).toBe('B (kopia)');
    expect(deleteDesign(updated, design.id).map((d) => d.scenario.title.sv)).toEqual(['B (kopia)']);
  });
  it('finds a saved design equal in effect to a scenario, whatever its title', () => {
    const { list } = addDesign([], bonus, 'A', NOW);
    expect(findDesign(list, { ...bonus, title: { sv: 'x', en: 'y' } })?.scenario.title.sv).toBe('A');
    expect(findDesign(list, base)).toBeNull();
  });
  it('cleans names', () => {
    expect(cleanName('  a   b ')).toBe('a b');
    expect(cleanName('   ')).toBeNull();
    expect(cleanName('x'.repeat(81))).toBeNull();
  });
  it('drops whatever in a stored list is not a valid design', () => {
    const { list } = addDesign([], bonus, 'A', NOW);
    const raw = [...list, { id: 'x', scenario: { runs: 1 }, savedAt: NOW }, { id: 'BAD ID', scenario: bonus, savedAt: NOW }, 5, null, list[0]];
    expect(parseDesigns(raw)).toEqual(list);
    expect(parseDesigns('x')).toEqual([]);
  });
  it('store: loads what it saved, and nothing from a record holding a cycle', async () => {
    const data = new Map<string, unknown>();
    const store = new DesignStore({ get: async (k) => data.get(k), set: async (k, v) => { data.set(k, v); } });
    const { list } = addDesign([], bonus, 'A', NOW);
    expect(await store.save(list)).toBe('saved');
    expect(await store.load(parseDesigns)).toEqual(list);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    data.set('workbench-designs', cyclic);
    expect(await store.load(parseDesigns)).toEqual([]);
  });
});
