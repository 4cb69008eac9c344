/**
 * Effort follows the money at the margin: none under a flat per diem, more the steeper the
 * bonus, less when the measure is noisy (its marginal return shrinks); more effort, more true
 * good outcomes (paired difference beyond 4 Monte Carlo SE, fixed seed).
 */
import { describe, expect, it } from 'vitest';
import { BASE, difference, moves, simulate } from './behaviourRun.js';

const bonus = (bonusPerSuccess: number, validity = 0.6): object => ({
  ...BASE,
  segments: [{ service: 'hvbYouth', providers: 30, params: { pricePerDay: 3500 } }],
  measure: { model: 'lowerIntervention', params: { validity } },
  payment: { rule: 'outcomeBonus', params: { bonusPerSuccess } },
});
const withEffort = (s: object): object => ({ ...s, behaviour: { effort: { enabled: true } } });

describe('effort', () => {
  it('stays at its base under a flat per diem', () => {
    const on = simulate(withEffort(BASE)), off = simulate(BASE);
    expect(on.mean('providers.effortMean')).toBe(0);
    expect(Array.from(on.result.metrics)).toEqual(Array.from(off.result.metrics));
  });

  it('rises with a steep bonus and raises true good outcomes', () => {
    const on = simulate(withEffort(bonus(600000))), off = simulate(bonus(600000));
    const d = difference(on, off);
    expect(on.mean('providers.effortMean')).toBeGreaterThan(0.2);
    expect(moves(d['outcomes.trueRate'], 1)).toBe(true);
    expect(moves(d['outcomes.attributable'], 1)).toBe(true);
    expect(moves(d['purchaser.costPerAttributableOutcome'], -1)).toBe(true);
  });

  it('grows with the bonus', () => {
    const levels = [300000, 600000, 1200000].map((b) => simulate(withEffort(bonus(b))).mean('providers.effortMean'));
    expect(levels[0]).toBeLessThan(levels[1]);
    expect(levels[1]).toBeLessThan(levels[2]);
  });

  it('shrinks when the measure is noisy', () => {
    const clear = simulate(withEffort(bonus(600000, 0.9))).mean('providers.effortMean');
    const noisy = simulate(withEffort(bonus(600000, 0.3))).mean('providers.effortMean');
    expect(noisy).toBeLessThan(clear);
  });
});
