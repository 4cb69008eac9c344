import { describe, expect, it } from 'vitest';
import { METRICS, METRIC_COUNT, METRIC_IDS, QI, QUANTITIES, QUANTITY_COUNT, isMetricId, metricDefinition } from '../../../src/engine.js';

/** The metrics the workbench has always reported (stable ids: the CLI's and the page's contract). */
const STABLE_IDS = [
  'purchaser.totalCost', 'purchaser.payments', 'purchaser.followUpCost', 'purchaser.auditCost', 'purchaser.fallbackCost',
  'purchaser.costPerTrueOutcome', 'purchaser.costPerAttributableOutcome', 'clients.served', 'clients.declined',
  'outcomes.trueRate', 'outcomes.observedRate', 'outcomes.attributable', 'outcomes.trueRateFemale', 'outcomes.trueRateMale',
  'outcomes.trueRateHighNeed', 'outcomes.trueRateLowNeed', 'care.hoursDelivered', 'care.hoursToAdmin',
  'providers.revenueMean', 'providers.marginMean', 'providers.shareWithLoss', 'providers.revenueCv',
  'measurement.reliability', 'measurement.rankCorrelation', 'measurement.falseFlagRate', 'measurement.missRate', 'measurement.gamingInflation',
  'providers.effortMean', 'providers.terminated', 'measurement.deepFollowUps', 'outcomes.unmeasuredRate',
  'investor.multiple', 'investor.irr', 'investor.lossProbability', 'measurement.flagPrecision', 'measurement.bonusToDeficient', 'investor.totalLoss',
];

describe('metric catalogue', () => {
  it('keeps every stable id', () => {
    expect(STABLE_IDS.filter((id) => !isMetricId(id))).toEqual([]);
  });

  it('ids and quantities are unique, and QI gives each quantity its column', () => {
    expect(new Set(METRIC_IDS).size).toBe(METRIC_COUNT);
    expect(new Set(QUANTITIES).size).toBe(QUANTITY_COUNT);
    QUANTITIES.forEach((q, i) => expect(QI[q]).toBe(i));
    expect(metricDefinition('outcomes.trueRate').ratio).toEqual(['n.trueGood', 'n.discharged']);
  });

  it('a plain metric reads a quantity of its own id; a ratio reads two quantities', () => {
    for (const m of METRICS) {
      if (m.ratio) for (const q of m.ratio) expect(QUANTITIES, `${m.id} → ${q}`).toContain(q);
      else expect(QUANTITIES, m.id).toContain(m.id);
    }
  });

  it('each metric has a unit, a basis, a smallest important difference with its reason, and sv/en texts', () => {
    for (const m of METRICS) {
      expect(['flow', 'contract', 'perYear', 'perPeriod', 'share', 'ratio']).toContain(m.basis);
      // A flow is a total in kronor, clients or hours; shares are shares.
      if (m.basis === 'flow') expect(['SEK', 'count', 'hours']).toContain(m.unit);
      if (m.unit === 'share') expect(m.basis).toBe('share');
      expect((m.smallest.absolute ?? 0) >= 0 && (m.smallest.relative ?? 0) >= 0).toBe(true);
      expect(m.smallest.absolute !== undefined || m.smallest.relative !== undefined, m.id).toBe(true);
      for (const t of [m.label, m.description, m.smallest.reason]) expect(t.sv.length > 0 && t.en.length > 0).toBe(true);
      if (m.better !== undefined) expect(['higher', 'lower']).toContain(m.better);
    }
  });
});
