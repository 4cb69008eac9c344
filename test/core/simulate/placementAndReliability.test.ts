/**
 * Placement before the fallback, replacement of ended contracts, and the two added readings of
 * reliability (quality alone as signal; the risk-adjusted rate).
 */
import { describe, expect, it } from 'vitest';
import { compileValid, testScenario } from '../../support/testScenario.js';
import { eachRun } from '../../support/eachRun.js';
import { deficientCount } from '../../../src/core/simulate/market.js';

describe('placement with a free place before the fallback', () => {
  it('sends nobody to the fallback while the segment has room, and places full providers\' referrals elsewhere', () => {
    // 20 providers with 11 places and about 8 clients each: some are full in a month, the segment never is.
    const c = compileValid(testScenario({ runs: 20, horizonMonths: 24, segments: [{ service: 'hvbYouth', providers: 20 }] }));
    let elsewhere = 0, fallback = 0;
    eachRun(c, (s) => { elsewhere += s.placedElsewhere; fallback += s.toFallback; });
    expect(elsewhere).toBeGreaterThan(0);
    expect(fallback).toBe(0);
  });

  it('every referral is placed, sent to the fallback or left untreated: occupancy never exceeds capacity', () => {
    const c = compileValid(testScenario({ runs: 5, horizonMonths: 24, segments: [{ service: 'hvbYouth', providers: 6, params: { capacity: 2, referralsPerProviderMonth: 3 } }] }));
    eachRun(c, (s) => {
      for (let j = 0; j < s.providers; j++) expect(s.occupancy[j]).toBeLessThanOrEqual(2);
      expect(s.toFallback).toBeGreaterThan(0);
    });
  });
});

describe('procurement after an ended contract', () => {
  it('replaces ended contracts after the delay, never more than were ended', () => {
    const base = { runs: 30, horizonMonths: 36, segments: [{ service: 'hvbYouth' as const, providers: 20 }], payment: { rule: 'perDiem', settings: { period: 'quarter' } },
      flagging: { zCritical: 1 }, inspection: { enabled: true, auditsPerYear: 20, terminateOnConfirmed: true, specificity: 0.5 } };
    let terminated = 0, replaced = 0, never = 0;
    eachRun(compileValid(testScenario({ ...base, inspection: { ...base.inspection, procurementDelayMonths: 3 } })), (s) => { terminated += s.terminated; replaced += s.replaced; });
    eachRun(compileValid(testScenario({ ...base, inspection: { ...base.inspection, procurementDelayMonths: 120 } })), (s) => { never += s.replaced; });
    expect(terminated).toBeGreaterThan(0);
    expect(replaced).toBeGreaterThan(0);
    expect(replaced).toBeLessThanOrEqual(terminated);
    expect(never).toBe(0);
  });
});

describe('truly deficient: a fixed share of each segment', () => {
  it('marks ⌈share × n⌉ providers, at most n − 1, in every run', () => {
    expect([deficientCount(0.16, 40), deficientCount(0.16, 25), deficientCount(0.5, 2), deficientCount(0.16, 1), deficientCount(0.01, 3)]).toEqual([7, 4, 1, 0, 1]);
    const c = compileValid(testScenario({ runs: 6, market: 'redrawn', segments: [{ service: 'hvbYouth', providers: 40 }, { service: 'tfco', providers: 9 }] }));
    eachRun(c, (s) => {
      let a = 0, b = 0;
      for (let j = 0; j < 40; j++) a += s.deficient[j];
      for (let j = 40; j < 49; j++) b += s.deficient[j];
      expect([a, b]).toEqual([7, 2]);
      // The deficient are the lowest qualities of their segment.
      let worstAcceptable = Infinity, bestDeficient = -Infinity;
      for (let j = 0; j < 40; j++) if (s.deficient[j]) bestDeficient = Math.max(bestDeficient, s.quality[j]); else worstAcceptable = Math.min(worstAcceptable, s.quality[j]);
      expect(bestDeficient).toBeLessThan(worstAcceptable);
    });
  });
});

describe('reliability: quality alone as signal, and of the risk-adjusted rate', () => {
  it('equals the reliability exactly when providers have no case mix of their own', () => {
    const c = compileValid(testScenario({ runs: 5, horizonMonths: 24, segments: [{ service: 'hvbYouth', providers: 20, params: { caseMixSd: 0 } }] }));
    eachRun(c, (_s, metric) => {
      expect(metric('measurement.reliabilityQualityOnly')).toBeCloseTo(metric('measurement.reliability'), 12);
      expect(metric('measurement.reliabilityAdjusted')).toBeNaN();
      expect(metric('measurement.rankCorrelationAdjusted')).toBeNaN();
    });
  });

  it('is lower with case mix counted as noise, and measurable with risk adjustment', () => {
    const c = compileValid(testScenario({ runs: 20, horizonMonths: 24, segments: [{ service: 'hvbYouth', providers: 30, params: { caseMixSd: 0.5 } }], riskAdjustment: { enabled: true } }));
    let withMix = 0, qualityOnly = 0;
    eachRun(c, (_s, metric) => {
      withMix += metric('measurement.reliability');
      qualityOnly += metric('measurement.reliabilityQualityOnly');
      const adjusted = metric('measurement.reliabilityAdjusted');
      expect(adjusted >= 0 && adjusted <= 1).toBe(true);
      expect(Math.abs(metric('measurement.rankCorrelationAdjusted'))).toBeLessThanOrEqual(1);
    });
    expect(qualityOnly).toBeLessThan(withMix);
  });
});
