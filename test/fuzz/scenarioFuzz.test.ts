/**
 * Fuzz: valid scenarios mutated field by field (scenarioMutations.ts). Validation never
 * throws; a rejected scenario names at least one path, on one line; an accepted one
 * compiles and simulates two runs (and its per-diem baseline) with every output number
 * finite or null, and stays accepted after a JSON round trip; no prototype is polluted.
 * FUZZ_RUNS and FUZZ_SEED widen or vary the search; the default seed keeps CI repeatable.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenarioText, validateScenario } from '../../src/engine.js';
import { measurabilityProblems, nonFinitePaths, simulateBriefly } from './briefSimulation.js';
import { baseScenarios, mutatedScenarioArb } from './scenarioMutations.js';
import { expectCoded } from '../support/expectCoded.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const bases = baseScenarios();
const counts = { cases: 0, rejected: 0, accepted: 0, simulated: 0, overBudget: 0 };
const objectKeys = Reflect.ownKeys(Object.prototype).map(String).sort();

afterAll(() => {
  console.info(`scenario fuzz (seed ${SEED}): ${counts.cases} cases from ${bases.length} scenarios; ${counts.rejected} rejected, ${counts.accepted} accepted, of which ${counts.simulated} simulated and ${counts.overBudget} over the fuzz's work budget`);
});

describe('mutated scenarios', () => {
  it('never throw, name a path when rejected, and simulate to finite-or-null output when accepted', () => {
    fc.assert(
      fc.property(mutatedScenarioArb(bases), ({ data }) => {
        counts.cases++;
        const result = validateScenario(data);
        // The text route must not throw either (JSON.stringify turns NaN into null, which is its own case).
        parseScenarioText(JSON.stringify(data) ?? '');
        expect((({}) as Record<string, unknown>).polluted).toBeUndefined();
        expect(Reflect.ownKeys(Object.prototype).map(String).sort()).toEqual(objectKeys);
        if (!result.ok) {
          counts.rejected++;
          expect(result.issues.length).toBeGreaterThan(0);
          for (const i of result.issues) {
            expect(i.path).not.toBe('');
            expect(i.problem).not.toBe('');
            expect(i.allowed).not.toBe('');
            expect(`${i.path}${i.problem}${i.allowed}`).not.toMatch(/[\n\r\u2028\u2029]/);
            expectCoded(i);
          }
          return;
        }
        counts.accepted++;
        const again = validateScenario(JSON.parse(JSON.stringify(result.scenario)));
        expect(again.ok ? [] : again.issues).toEqual([]);
        const brief = simulateBriefly(result.scenario, 2);
        if (brief === null) { counts.overBudget++; return; }
        counts.simulated++;
        expect(nonFinitePaths(brief)).toEqual([]);
        expect(measurabilityProblems(brief.summary)).toEqual([]);
        expect(JSON.stringify(brief)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // A fuzz that only ever rejects, or only ever accepts, tests half of what it claims.
    expect(counts.rejected).toBeGreaterThan(RUNS / 10);
    expect(counts.simulated).toBeGreaterThan(RUNS / 10);
  }, 600_000);
});
