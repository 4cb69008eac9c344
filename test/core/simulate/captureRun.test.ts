import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { compileScenario, parseScenarioText, QI, QUANTITY_COUNT, simulateScenario, type CompiledScenario, type Quantity } from '../../../src/engine.js';
import { captureRun, type CapturedRun } from '../../../src/core/simulate/captureRun.js';
import { simulateRun } from '../../../src/core/simulate/simulateRun.js';
import { scenarioArb } from '../../support/arbitraryScenario.js';
import { compileValid, testScenario } from '../../support/testScenario.js';

function fromFile(name: string, runs: number): CompiledScenario {
  const v = parseScenarioText(readFileSync(new URL(`../../../scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!v.ok) throw new Error(`${name} is not valid`);
  return compileScenario({ ...v.scenario, runs });
}

/** Sums over the settled cells of a captured run. */
function cellSums(r: CapturedRun): Record<'measured' | 'successes' | 'flagged' | 'flaggedDeficient' | 'deficient' | 'acceptable', number> {
  const t = { measured: 0, successes: 0, flagged: 0, flaggedDeficient: 0, deficient: 0, acceptable: 0 };
  for (let cell = 0; cell < r.settled.length; cell++) {
    if (!r.settled[cell]) continue;
    t.measured += r.measured[cell];
    t.successes += r.successes[cell];
    t.flagged += r.flagged[cell];
    t.flaggedDeficient += r.flagged[cell] & r.deficient[cell];
    if (r.deficient[cell]) t.deficient++; else t.acceptable++;
  }
  return t;
}

const rowOf = (m: Float64Array, run: number): number[] => Array.from(m.subarray(run * QUANTITY_COUNT, (run + 1) * QUANTITY_COUNT));

/** The captured cells add up to the run's own totals, which come from RunState, not from the observer. */
function expectCellsAddUp(r: CapturedRun): void {
  const q = (id: Quantity): number => r.metrics[QI[id]];
  const t = cellSums(r);
  expect(t.measured).toBe(q('n.measured'));
  expect(t.successes).toBe(q('n.observed'));
  expect(t.flagged).toBe(q('n.flagged'));
  expect(t.flaggedDeficient).toBe(q('n.flaggedDeficient'));
  expect(t.deficient).toBe(q('n.deficientPeriods'));
  expect(t.acceptable).toBe(q('n.acceptablePeriods'));
  for (let cell = 0; cell < r.settled.length; cell++) {
    if (!r.settled[cell]) { expect(r.measured[cell]).toBe(0); continue; }
    expect(r.successes[cell]).toBeLessThanOrEqual(r.measured[cell]);
    expect(r.trueRate[cell]).toBeGreaterThan(0);
    expect(r.trueRate[cell]).toBeLessThan(1);
  }
}

describe('captureRun: one run of a batch, period by period', () => {
  it.each(['default', 'behaviour-gaming-on', 'tournament-audits', 'small-providers-noisy-ratings'])('is run r of the whole batch, bit for bit, and its cells add up to the run (%s)', (name) => {
    const c = fromFile(name, 60);
    const batch = simulateScenario(c);
    // Runs in the first, a middle and the last chunk.
    for (const run of [0, 26, 59]) {
      const r = captureRun(c, run);
      expect(r.run).toBe(run);
      expect(Array.from(r.metrics)).toEqual(rowOf(batch.metrics, run));
      expectCellsAddUp(r);
    }
  });

  it('equals the run simulated without an observer, and its cells add up, for any scenario (property)', () => {
    fc.assert(fc.property(scenarioArb, fc.nat(), (scenario, k) => {
      const c = compileScenario(scenario);
      const run = k % c.runs;
      const plain = new Float64Array(QUANTITY_COUNT);
      simulateRun(c, run, plain, 0);
      const r = captureRun(c, run);
      expect(Array.from(r.metrics)).toEqual(Array.from(plain));
      expectCellsAddUp(r);
    }), { numRuns: 40 });
  });

  it('gives a true rate that a perfect measure recovers within Monte Carlo error (closed form)', () => {
    // A perfect measure, no capacity limit and no behaviour: each measured client's recorded
    // outcome is its true outcome, Bernoulli(the provider's true rate), so the recorded successes
    // of a run have mean Σ n·τ and variance at most Σ n·τ(1 − τ).
    const c = compileValid(testScenario({
      runs: 4, horizonMonths: 36,
      segments: [{ service: 'hvbYouth', providers: 30, params: { capacity: 1000, referralsPerProviderMonth: 2 } }],
      measure: { model: 'lowerIntervention', params: { validity: 1, sensitivity: 1, specificity: 1 } },
    }));
    for (let run = 0; run < c.runs; run++) {
      const r = captureRun(c, run);
      let observed = 0, expected = 0, variance = 0;
      for (let cell = 0; cell < r.settled.length; cell++) {
        if (!r.settled[cell]) continue;
        observed += r.successes[cell];
        expected += r.measured[cell] * r.trueRate[cell];
        variance += r.measured[cell] * r.trueRate[cell] * (1 - r.trueRate[cell]);
      }
      expect(r.metrics[QI['n.measured']]).toBeGreaterThan(1000);
      expect(Math.abs(observed - expected)).toBeLessThan(4 * Math.sqrt(variance));
    }
  });

  it('refuses a run the scenario does not have', () => {
    const c = compileValid(testScenario({ runs: 3 }));
    expect(() => captureRun(c, 3)).toThrow(RangeError);
    expect(() => captureRun(c, -1)).toThrow(RangeError);
  });
});
