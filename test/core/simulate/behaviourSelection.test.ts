/**
 * Cream-skimming where payment follows results and providers may decline: hard clients are
 * declined, go to the fallback, cost the municipality more, and the highest-need third does
 * worse; risk adjustment removes the reason to select (paired, 4 Monte Carlo SE, fixed seed).
 */
import { describe, expect, it } from 'vitest';
import { BASE, difference, moves, simulate } from './behaviourRun.js';

const byResults = {
  ...BASE,
  runs: 150,
  segments: [{ service: 'hvbYouth', providers: 30, params: { pricePerDay: 2000 } }],
  measure: { model: 'lowerIntervention', params: { validity: 0.9 } },
  payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 1200000 } },
  fallback: { quality: 0.2 },
};
const selecting = { ...byResults, behaviour: { selection: { enabled: true } } };

describe('selection', () => {
  it('declines high-need referrals, at the fallback’s cost and the high-need clients’ expense', () => {
    const on = simulate(selecting), off = simulate(byResults);
    const d = difference(on, off);
    expect(moves(d['clients.declined'], 1)).toBe(true);
    expect(moves(d['purchaser.fallbackCost'], 1)).toBe(true);
    expect(moves(d['outcomes.trueRateHighNeed'], -1)).toBe(true);
  });

  it('is visibly reduced by risk adjustment', () => {
    const plain = simulate(selecting);
    const adjusted = simulate({ ...selecting, riskAdjustment: { enabled: true } });
    const d = difference(adjusted, plain);
    expect(moves(d['clients.declined'], -1)).toBe(true);
    expect(adjusted.mean('clients.declined')).toBeLessThan(0.25 * plain.mean('clients.declined'));
  });

  it('does not happen under a per diem that covers the cost of every client', () => {
    expect(simulate({ ...BASE, behaviour: { selection: { enabled: true } } }).mean('clients.declined')).toBe(0);
  });

  it('leaves declined clients untreated when the fallback is full', () => {
    const limited = simulate({ ...selecting, fallback: { quality: 0.2, capacityLimited: true, capacity: 5 } });
    expect(limited.mean('clients.untreated')).toBeGreaterThan(0);
  });
});
