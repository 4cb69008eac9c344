import { describe, expect, it } from 'vitest';
import { METRICS, METRIC_COUNT, METRIC_IDS, MI } from '../../../src/core/index.js';

/** Every id the README and docs/model.md §14 list. */
const DOCUMENTED_IDS = [
  'purchaser.totalCost', 'purchaser.payments', 'purchaser.followUpCost', 'purchaser.auditCost', 'purchaser.fallbackCost',
  'purchaser.costPerTrueOutcome', 'purchaser.costPerAttributableOutcome', 'clients.served', 'clients.declined',
  'outcomes.trueRate', 'outcomes.observedRate', 'outcomes.attributable', 'outcomes.trueRateFemale', 'outcomes.trueRateMale',
  'outcomes.trueRateHighNeed', 'outcomes.trueRateLowNeed', 'care.hoursDelivered', 'care.hoursToAdmin',
  'providers.revenueMean', 'providers.marginMean', 'providers.shareWithLoss', 'providers.revenueCv',
  'measurement.reliability', 'measurement.rankCorrelation', 'measurement.falseFlagRate', 'measurement.missRate', 'measurement.gamingInflation',
  'providers.effortMean', 'providers.terminated', 'measurement.deepFollowUps', 'outcomes.unmeasuredRate',
  'investor.multiple', 'investor.irr', 'investor.lossProbability',
];

describe('metric catalogue', () => {
  it('has every documented metric id', () => {
    expect(DOCUMENTED_IDS.filter((id) => !METRIC_IDS.includes(id))).toEqual([]);
  });

  it('ids are unique, and MI gives each its column', () => {
    expect(new Set(METRIC_IDS).size).toBe(METRIC_COUNT);
    METRIC_IDS.forEach((id, i) => expect(MI[id]).toBe(i));
  });

  it('each metric has a unit and sv/en label and description', () => {
    for (const m of METRICS) {
      expect(m.unit.length).toBeGreaterThan(0);
      for (const t of [m.label, m.description]) expect(t.sv.length > 0 && t.en.length > 0).toBe(true);
      if (m.better !== undefined) expect(['higher', 'lower']).toContain(m.better);
    }
  });
});
