/**
 * Gaming where providers report the measure: reported successes run ahead of honest ones and
 * the municipality pays for them; more audits or a heavier sanction mean less of it; where the
 * social worker reports, there is none (paired, 4 Monte Carlo SE, fixed seed).
 */
import { describe, expect, it } from 'vitest';
import { BASE, difference, moves, simulate } from './behaviourRun.js';

const selfReported = { ...BASE, measure: { model: 'carePlanGoals' }, payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 240000 } } };
const gaming = (over: object = {}): object => ({ ...selfReported, behaviour: { gaming: { enabled: true, auditShare: 0.05, ...over } } });

describe('gaming', () => {
  it('inflates reported outcomes and payments', () => {
    const on = simulate(gaming()), off = simulate({ ...selfReported, behaviour: { gaming: { auditShare: 0.05 } } });
    const d = difference(on, off);
    expect(moves(d['measurement.gamingInflation'], 1)).toBe(true);
    expect(moves(d['outcomes.observedRate'], 1)).toBe(true);
    expect(moves(d['purchaser.payments'], 1)).toBe(true);
    expect(d['outcomes.trueRate'].meanDiff).toBe(0);
  });

  it('shrinks with more audits and heavier sanctions', () => {
    // Expected sanction per false report: 0.02 × 0.8 × 50,000 = 800 SEK against 0.2 × 0.8 × 1,000,000 = 160,000 SEK.
    const light = simulate(gaming({ auditShare: 0.02, sanctionPerReport: 50000, maxShare: 1 }));
    const heavy = simulate(gaming({ auditShare: 0.2, sanctionPerReport: 1000000, maxShare: 1 }));
    const d = difference(heavy, light);
    expect(moves(d['measurement.gamingInflation'], -1)).toBe(true);
    expect(moves(d['purchaser.auditCost'], 1)).toBe(true);
  });

  it('grows with the money at stake', () => {
    const small = simulate({ ...gaming(), payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 80000 } } });
    const large = simulate({ ...gaming(), payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: 400000 } } });
    expect(moves(difference(large, small)['measurement.gamingInflation'], 1)).toBe(true);
  });

  it('needs a provider-reported measure', () => {
    const socialWorker = simulate({ ...gaming(), measure: { model: 'carePlanGoals', params: { reporter: 'socialWorker' } } });
    expect(socialWorker.mean('measurement.gamingInflation')).toBe(0);
    expect(socialWorker.mean('purchaser.auditCost')).toBe(0);
  });
});
