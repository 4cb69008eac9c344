/**
 * The custom formula rule in the kernel: a formula that says what a built-in rule says pays exactly the same,
 * and a formula that gives a non-finite amount stops the run naming formula, provider and values.
 */
import { describe, expect, it } from 'vitest';
import { FormulaError } from '../../../src/engine.js';
import { BASE, simulate } from './behaviourRun.js';

const custom = (formula: string): object => ({ ...BASE, runs: 30, payment: { rule: 'custom', params: { formula } } });

describe('custom payment formulas', () => {
  it('pay exactly what the per diem pays when the formula is `base`', () => {
    expect(Array.from(simulate(custom('base')).result.metrics)).toEqual(Array.from(simulate({ ...BASE, runs: 30 }).result.metrics));
  });

  it('pay exactly what the outcome bonus pays when the formula says so', () => {
    const bonus = simulate({ ...BASE, runs: 30, payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 30000 } } });
    const formula = simulate(custom('base + 30000 * observed_rate * measured'));
    expect(Array.from(formula.result.metrics)).toEqual(Array.from(bonus.result.metrics));
  });

  it('follow results with the example formula of the issue', () => {
    const r = simulate({ ...custom('base * (0.9 + 0.2 * min(1, max(0, (observed_rate - target) / 0.1)))'), payment: { rule: 'custom', params: { formula: 'base * (0.9 + 0.2 * min(1, max(0, (observed_rate - target) / 0.1)))', target: 0.45 } } });
    expect(r.mean('providers.revenueCv')).toBeGreaterThan(0);
    expect(r.mean('purchaser.payments')).toBeLessThan(simulate({ ...BASE, runs: 30 }).mean('purchaser.payments') * 1.1);
  });

  it('stop the run on a non-finite amount (0 / 0 for a provider with nobody measured), naming the formula, the provider and the values', () => {
    let error: unknown;
    try { simulate(custom('base * successes / measured')); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(FormulaError);
    const message = (error as Error).message;
    expect(message).toContain('"base * successes / measured"');
    expect(message).toMatch(/gave (Infinity|NaN) for provider \d+ \(segment 1, hvbYouth\) in payment period 1/);
    expect(message).toMatch(/base=\d/);
    expect(message).toContain('measured=');
  });
});
