import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flagOverWindow, usesWindow, windowPeriods, zAgainstReference, type FlagCells, type FlagTargets } from '../../../src/core/simulate/flagWindow.js';
import { flagAndRank, type PeriodContext } from '../../../src/core/simulate/settlePeriod.js';
import { periodInputs } from '../../support/periodInputs.js';
import { compileValid, testScenario } from '../../support/testScenario.js';
import { eachRun } from '../../support/eachRun.js';

type Inputs = NonNullable<PeriodContext['inputs']>;

function targets(n: number, active?: number[]): FlagTargets {
  return { count: n, active: Uint8Array.from(active ?? new Array<number>(n).fill(1)), flagged: new Float64Array(n), positive: new Uint8Array(n), z: new Float64Array(n) };
}

/** Cells for n providers × periods from [measured, successes] pairs, provider-major. */
function cells(rows: Array<Array<[number, number]>>): FlagCells {
  const periods = rows[0].length;
  const m = new Float64Array(rows.length * periods), x = new Float64Array(rows.length * periods);
  rows.forEach((r, j) => r.forEach(([mm, xx], p) => { m[j * periods + p] = mm; x[j * periods + p] = xx; }));
  return { periods, measured: m, observed: x, expected: new Float64Array(m.length) };
}

const base = { zCritical: 1.96, minClients: 5, benchmarkRate: 0.5 } as const;

describe('windowPeriods', () => {
  it('counts the periods a window covers, never more than have passed', () => {
    expect(windowPeriods('period', 3, 7)).toBe(1);
    expect(windowPeriods('12', 3, 7)).toBe(4);
    expect(windowPeriods('24', 3, 7)).toBe(8);
    expect(windowPeriods('36', 3, 7)).toBe(8);
    expect(windowPeriods('36', 12, 5)).toBe(3);
    expect(windowPeriods('12', 12, 0)).toBe(1);
    expect(windowPeriods('cumulative', 3, 11)).toBe(12);
  });
  it('is only used when the scenario asks for more than one period against the pooled rate', () => {
    expect(usesWindow({ window: 'period', reference: 'pooled' })).toBe(false);
    expect(usesWindow({ window: '12', reference: 'pooled' })).toBe(true);
    expect(usesWindow({ window: 'period', reference: 'benchmark' })).toBe(true);
  });
});

describe('zAgainstReference', () => {
  it('tests against a fixed benchmark, leaving out providers below the minimum', () => {
    const z = new Float64Array(3);
    const p = zAgainstReference([0.2, 0.5, 0.1], [20, 20, 4], [1, 1, 1], 3, 5, 0.4, z);
    expect(p).toBe(0.4);
    expect(z[0]).toBeCloseTo(-0.2 / Math.sqrt(0.24 / 20), 12);
    expect(z[1]).toBeCloseTo(0.1 / Math.sqrt(0.24 / 20), 12);
    expect(Number.isNaN(z[2])).toBe(true);
  });
});

describe('flagOverWindow', () => {
  it('sums the window: three quarters of 4 clients each reach the minimum that one quarter does not', () => {
    const c = cells([
      [[4, 0], [4, 0], [4, 0], [4, 0]],
      [[4, 3], [4, 3], [4, 3], [4, 3]],
      [[4, 3], [4, 2], [4, 3], [4, 2]],
    ]);
    const one = targets(3);
    flagOverWindow(one, c, 0, 3, 3, { ...base, window: 'period', reference: 'pooled' }, false);
    expect(Array.from(one.flagged)).toEqual([0, 0, 0]);
    const year = targets(3);
    flagOverWindow(year, c, 0, 3, 3, { ...base, window: '12', reference: 'pooled' }, false);
    // 16 clients each; pooled 22/48; provider 0: z = −(20/48)/√(p(1 − p)/16) = −3.38
    const p = 22 / 48;
    expect(year.z[0]).toBeCloseTo(-p / Math.sqrt((p * (1 - p)) / 16), 12);
    expect(Array.from(year.flagged)).toEqual([1, 0, 0]);
    expect(Array.from(year.positive)).toEqual([0, 1, 0]);
  });

  it('with one period and the pooled rate gives exactly flagAndRank\'s flags and z (property)', () => {
    const row = fc.record({ measured: fc.integer({ min: 0, max: 40 }), share: fc.double({ min: 0, max: 1, noNaN: true }), active: fc.constantFrom<0 | 1>(0, 1, 1) });
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 8 }), (rows, minClients) => {
      const data = rows.map((r) => ({ base: 1, measured: r.measured, successes: Math.round(r.share * r.measured), active: r.active }));
      const inputs = { ...periodInputs(data), z: new Float64Array(rows.length), positive: new Uint8Array(rows.length), pay: new Float64Array(rows.length) } as Inputs;
      flagAndRank(inputs, 1.5, minClients);
      const t = targets(rows.length, data.map((d) => d.active));
      flagOverWindow(t, cells(data.map((d) => [[d.measured, d.successes]])), 0, 0, 3, { ...base, zCritical: 1.5, minClients, window: 'period', reference: 'pooled' }, false);
      expect(Array.from(t.flagged)).toEqual(Array.from(inputs.flagged));
      expect(Array.from(t.positive)).toEqual(Array.from(inputs.positive));
      for (let k = 0; k < rows.length; k++) expect(Object.is(t.z[k], inputs.z[k]) || Math.abs(t.z[k] - inputs.z[k]) < 1e-12).toBe(true);
    }), { numRuns: 300 });
  });

  it('in a whole run, a 36-month window misses fewer deficient provider-periods than one quarter', () => {
    const rate = (window: string): [number, number] => {
      const c = compileValid(testScenario({ runs: 20, horizonMonths: 36, segments: [{ service: 'hvbYouth', providers: 40 }], flagging: { window } }));
      let miss = 0, wrong = 0;
      eachRun(c, (_s, metric) => { miss += metric('measurement.missRate'); wrong += metric('measurement.falseFlagRate'); });
      return [miss / 20, wrong / 20];
    };
    const [missQuarter] = rate('period');
    const [missLong, wrongLong] = rate('36');
    expect(missLong).toBeLessThan(missQuarter - 0.02);
    expect(wrongLong).toBeLessThan(0.2);
  });
});
