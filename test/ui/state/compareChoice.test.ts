import { describe, expect, it } from 'vitest';
import { activeDesigns, CURRENT, defaultCompareChoice, keyFor, resolveChoice, TODAYS, type ChoiceContext } from '../../../src/ui/state/compareChoice.js';
import { defaultScenario, LIBRARY } from '../../../src/ui/state/scenarioLibrary.js';
import { addDesign, designKey } from '../../../src/ui/state/designs.js';
import { baselineFor } from '../../../src/ui/state/baselineFor.js';

const base = defaultScenario();
const bonus = { ...base, title: { sv: 'Bonus', en: 'Bonus' }, payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 100000 } } };
const { list, design } = addDesign([], { ...bonus, seed: 5 }, 'Mine', '2026-01-01');
const ctx: ChoiceContext = { current: bonus, library: LIBRARY, designs: list };

describe('compare choice', () => {
  it('starts from the current design against today\'s per diem for it', () => {
    const c = defaultCompareChoice();
    expect(c).toEqual({ baseline: TODAYS, designs: [CURRENT] });
    expect(resolveChoice(TODAYS, ctx)).toEqual(baselineFor(bonus));
    expect(activeDesigns(c, ctx)).toEqual([CURRENT]);
  });
  it('leaves out a design equal in effect to the baseline (it would give a card of zeros)', () => {
    expect(activeDesigns(defaultCompareChoice(), { ...ctx, current: base })).toEqual([]);
  });
  it('resolves saved designs and library files, and names a scenario by its key', () => {
    expect(resolveChoice(designKey(design), ctx)?.title.sv).toBe('Mine');
    expect(keyFor(design.scenario, ctx)).toBe(designKey(design));
    expect(keyFor(bonus, ctx)).toBe(CURRENT);
    expect(keyFor(base, ctx)).toBe(TODAYS);
    expect(keyFor(LIBRARY[1].scenario!, ctx)).toBe(`lib:${LIBRARY[1].file}`);
    expect(keyFor({ ...base, seed: 1 }, ctx)).toBeNull();
  });
  it('keeps at most four designs and no duplicates', () => {
    const keys = LIBRARY.filter((e) => e.scenario && e.scenario.payment.rule !== 'perDiem').slice(0, 6).map((e) => `lib:${e.file}`);
    expect(activeDesigns({ baseline: TODAYS, designs: [...keys, keys[0]] }, ctx)).toHaveLength(4);
  });
});
