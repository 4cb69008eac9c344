/**
 * Multitasking: paid on the measure, providers move attention to it from what is not measured
 * (relapse after discharge), in proportion to the payment weight (paired, 4 Monte Carlo SE).
 */
import { describe, expect, it } from 'vitest';
import { BASE, difference, moves, simulate } from './behaviourRun.js';

const bonus = (bonusPerSuccess: number): object => ({ ...BASE, payment: { rule: 'outcomeBonus', params: { bonusPerSuccess } } });
const multitasking = (s: object, strength = 3): object => ({ ...s, behaviour: { multitasking: { enabled: true, strength, maxShift: 2 } } });

describe('multitasking', () => {
  it('raises the measured outcome and lowers the unmeasured one', () => {
    const on = simulate(multitasking(bonus(240000))), off = simulate(bonus(240000));
    const d = difference(on, off);
    expect(moves(d['outcomes.unmeasuredRate'], -1)).toBe(true);
    expect(moves(d['outcomes.trueRate'], 1)).toBe(true);
  });

  it('moves more when more of the payment hangs on the measure', () => {
    const small = simulate(multitasking(bonus(60000), 1)), large = simulate(multitasking(bonus(240000), 1));
    expect(moves(difference(large, small)['outcomes.unmeasuredRate'], -1)).toBe(true);
  });

  it('moves nothing under a flat per diem', () => {
    const on = simulate(multitasking(BASE)), off = simulate(BASE);
    expect(Array.from(on.result.metrics)).toEqual(Array.from(off.result.metrics));
  });
});
