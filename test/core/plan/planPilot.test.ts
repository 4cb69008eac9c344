import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finishPlan, planPilot, planSetup, PlanInputError } from '../../../src/core/plan/planPilot.js';
import { emptyRocCounts, mergeRocCounts, rocCounts } from '../../../src/core/plan/rocCurve.js';
import { emptyPowerCounts, mergePowerCounts, simulatePower } from '../../../src/core/plan/simulatePower.js';
import { binomialCdf, lowCriticalCount } from '../../../src/core/plan/binomialPower.js';
import { compileValid, testScenario } from '../../support/testScenario.js';
import { eachRun } from '../../support/eachRun.js';

const small = (flagging: Record<string, string | number> = {}) => compileValid(testScenario({ runs: 12, horizonMonths: 24, segments: [{ service: 'hvbYouth', providers: 20 }], flagging }));

describe('planPilot', () => {
  it('gives the JSON fields the issue names, with whole numbers of clients', () => {
    const plan = planPilot(small(), { replicates: 200 });
    expect(plan.windows.map((w) => w.window)).toEqual(['period', '12', '24', '36', 'cumulative']);
    for (const w of plan.windows) {
      expect(w.roc.length).toBeGreaterThan(5);
      for (const p of w.roc) expect(Object.keys(p).sort()).toEqual(['falseFlagRate', 'missRate', 'precision', 'threshold']);
    }
    expect(Number.isInteger(plan.sampleSize.formula.perProvider)).toBe(true);
    const sim = plan.sampleSize.simulation.perProvider;
    expect(sim === null || Number.isInteger(sim)).toBe(true);
    expect(plan.sampleSize.months === null || Number.isInteger(plan.sampleSize.months)).toBe(true);
    expect(plan.pilot.canShow.length).toBeGreaterThan(0);
    expect(plan.pilot.cannotShow[0].sv).toMatch(/Rangordna/);
  });

  it("ROC at the scenario's own window and threshold is the engine's wrong-flag and miss count, exactly", () => {
    for (const window of ['period', '12']) {
      const c = small({ window });
      let flaggedAcceptable = 0, acceptable = 0, missed = 0, deficient = 0;
      eachRun(c, (s) => { flaggedAcceptable += s.flaggedAcceptable; acceptable += s.acceptablePeriods; missed += s.missedDeficient; deficient += s.deficientPeriods; });
      const plan = planPilot(c, { replicates: 100, windows: [window as 'period' | '12'] });
      expect(plan.windows[0].atThreshold.falseFlagRate).toBe(flaggedAcceptable / acceptable);
      expect(plan.windows[0].atThreshold.missRate).toBe(missed / deficient);
    }
  });

  it('gives the same plan whether runs and replicates are split into chunks or not', () => {
    const c = small();
    const setup = planSetup(c, { replicates: 120 });
    const whole = planPilot(c, { replicates: 120 });
    const roc = mergeRocCounts(rocCounts(c, setup.roc, 5, 12, emptyRocCounts(setup.roc, 1)), rocCounts(c, setup.roc, 0, 5, emptyRocCounts(setup.roc, 1)));
    const power = setup.power.map((ps) => mergePowerCounts(simulatePower(ps, 70, 120, emptyPowerCounts(ps.nMax)), simulatePower(ps, 0, 70, emptyPowerCounts(ps.nMax))));
    expect(JSON.stringify(finishPlan(c, setup, roc, power))).toBe(JSON.stringify(whole));
  });

  it('a longer window never lowers the power to flag the deficient provider (formula)', () => {
    const plan = planPilot(small(), { replicates: 100, windows: ['period', '12', '24'] });
    const powers = plan.windows.map((w) => w.power.formula);
    expect(powers[1]).toBeGreaterThanOrEqual(powers[0]);
    expect(powers[2]).toBeGreaterThanOrEqual(powers[1]);
  });

  it('refuses options that make no sense, naming the option and what is allowed', () => {
    const c = small();
    const fail = (o: Parameters<typeof planSetup>[1]): PlanInputError => {
      try { planSetup(c, o); } catch (e) { if (e instanceof PlanInputError) return e; throw e; }
      throw new Error('no error');
    };
    expect(fail({ alpha: 0.7 }).field).toBe('--alpha');
    expect(fail({ power: 0.01 }).field).toBe('--power');
    expect(fail({ difference: 0.1, relative: 0.5 }).field).toBe('--relative');
    expect(fail({ difference: 0.9 }).allowed).toMatch(/smaller than/);
    expect(fail({ benchmark: 0.999 }).field).toBe('--benchmark');
  });
});

describe('binomial power', () => {
  it('the critical count is the largest count the z-test flags (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 400 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.double({ min: 0.5, max: 3, noNaN: true }), (n, p0, z) => {
      const c = lowCriticalCount(n, p0, z);
      const flagged = (x: number): boolean => (x / n - p0) / Math.sqrt((p0 * (1 - p0)) / n) < -z;
      if (c >= 0) expect(flagged(c)).toBe(true);
      if (c + 1 <= n) expect(flagged(c + 1)).toBe(false);
    }), { numRuns: 500 });
  });

  it('binomialCdf sums the probability mass function', () => {
    const choose = (n: number, k: number): number => { let r = 1; for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i; return r; };
    let direct = 0;
    for (let k = 0; k <= 7; k++) direct += choose(20, k) * 0.3 ** k * 0.7 ** (20 - k);
    expect(binomialCdf(7, 20, 0.3)).toBeCloseTo(direct, 12);
    expect(binomialCdf(-1, 20, 0.3)).toBe(0);
    expect(binomialCdf(20, 20, 0.3)).toBe(1);
  });
});
