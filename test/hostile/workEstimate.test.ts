/**
 * The CPU estimate sees every source of work, and the most expensive accepted scenarios stay
 * under the ceiling. Robustness choice: no timing here — CPU time on a shared machine varies
 * with its load and would make a test flaky. The tests assert on the estimate: it grows with
 * each source exactly as the work does (formula terms, comparison clients, probes, referrals),
 * the worst accepted scenario of every family is within the ceiling and one run more is refused
 * naming that family's field. bench/worstCase.ts times those scenarios and shows the estimate
 * is above the measured CPU time (the figures are in the README).
 */
import { describe, expect, it } from 'vitest';
import { compileScenario, LIMITS, validateScenario, type Scenario } from '../../src/engine.js';
import { checkFormula } from '../../src/core/formula/checkFormula.js';
import { compileFormula } from '../../src/core/formula/compileFormula.js';
import { FORMULA_NODE_NS } from '../../src/core/formula/formulaCost.js';
import { estimateWork, WORK_NS } from '../../src/core/scenario/estimateWork.js';
import { WORST_CASE_FAMILIES, atMaxRuns, longFormula } from '../support/worstCaseScenarios.js';

const base: Scenario = {
  schemaVersion: 1, id: 'work', title: { sv: 'Arbete', en: 'Work' }, seed: 1, runs: 100, horizonMonths: 24,
  segments: [{ service: 'hvbYouth', providers: 10 }], measure: { model: 'lowerIntervention' }, payment: { rule: 'perDiem' },
};
const part = (s: Scenario, source: string): number => estimateWork(compileScenario(s)).parts.find((p) => p.source === source)!.seconds;
const cost = (text: string): number => {
  const checked = checkFormula(text);
  if (!checked.ok) throw new Error(checked.problem.problem);
  return compileFormula(text, checked.tree).costNs;
};

describe('what the estimate counts', () => {
  it('a formula by its nodes, expensive ones weighted by their worst case', () => {
    expect(cost('round(base / 1.3) + round(clients / 1.3)')).toBeGreaterThan(2 * FORMULA_NODE_NS.rounding);
    expect(cost('(-base) ^ (flagged + 1/3)')).toBeGreaterThanOrEqual(FORMULA_NODE_NS.powComputed);
    // A constant exponent is decided at compile time; a constant sub-expression is folded away.
    expect(cost('observed_rate ^ 1.37')).toBeLessThan(FORMULA_NODE_NS.powComputed);
    expect(cost('base * (2 ^ 0.5)')).toBe(3 * FORMULA_NODE_NS.node);
    // Linear in terms: twice the terms, about twice the cost.
    const one = cost(longFormula(() => 'round(base / 1.3)', 500)), two = cost(longFormula(() => 'round(base / 1.3)', 1000));
    expect(two / one).toBeGreaterThan(1.9);
  });

  it('the payment formula, per provider and period', () => {
    const formula = (text: string, period: string): Scenario => ({ ...base, payment: { rule: 'custom', params: { formula: text }, settings: { period } } });
    const long = longFormula((i) => `round(base / ${i + 1.5})`);
    expect(part(formula(long, 'quarter'), 'paymentRule')).toBeGreaterThan(20 * part(formula('base', 'quarter'), 'paymentRule'));
    expect(part(formula(long, 'month'), 'paymentRule')).toBeCloseTo(3 * part(formula(long, 'quarter'), 'paymentRule'), 6);
  });

  it("the outcomes contract's comparison group, per comparison client and run", () => {
    const soc = (size: number, baseline = 'comparisonGroup'): Scenario => ({ ...base, payment: { rule: 'socialOutcomes', params: { baseline, comparisonGroupSize: size } } });
    expect(part(soc(100_000), 'comparisonGroup')).toBeCloseTo((100 * 100_000 * WORK_NS.comparisonClient) / 1e9, 9);
    expect(part(soc(100_000, 'historical'), 'comparisonGroup')).toBe(0);
  });

  it("behaviour's probes, growing with effort levels", () => {
    const effort = (levels: number): Scenario => ({ ...base, behaviour: { effort: { enabled: true, levels } } });
    expect(part(base, 'behaviour')).toBe(0);
    expect(part(effort(41), 'behaviour')).toBeGreaterThan(3 * part(effort(11), 'behaviour'));
    expect(part({ ...base, behaviour: { selection: { enabled: true } } }, 'behaviour')).toBeGreaterThan(0);
  });

  it('referrals and provider-months', () => {
    const rate = (r: number): Scenario => ({ ...base, segments: [{ service: 'hvbYouth', providers: 10, params: { referralsPerProviderMonth: r, capacity: 1000 } }] });
    expect(part(rate(100), 'referrals')).toBeCloseTo(100 * part(rate(1), 'referrals'), 6);
    expect(part({ ...base, runs: 200 }, 'providerMonths')).toBeCloseTo(2 * part(base, 'providerMonths'), 9);
  });
});

describe('the most expensive accepted scenarios', () => {
  for (const family of WORST_CASE_FAMILIES) {
    it(`${family.name}: within the ceiling; one run more is refused, naming ${family.path}`, () => {
      const worst = atMaxRuns(family);
      expect(worst).not.toBeNull();
      const s = worst!.scenario;
      const estimate = estimateWork(compileScenario(s));
      expect(estimate.seconds).toBeLessThanOrEqual(LIMITS.maxCpuSeconds);
      if (s.runs === 100_000) return;
      const over = validateScenario({ ...s, runs: s.runs + 1 });
      expect(over.ok).toBe(false);
      if (over.ok) return;
      expect(over.issues.map((i) => i.path)).toEqual([family.path]);
      if (family.path !== 'runs') expect(over.issues[0].problem).toMatch(/CPU time/);
    });
  }

  it('every shipped scenario is accepted at its run count', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { parseScenarioText } = await import('../../src/engine.js');
    const dir = new URL('../../scenarios/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const v = parseScenarioText(readFileSync(new URL(file, dir), 'utf8'));
      expect(v.ok ? [] : v.issues, file).toEqual([]);
    }
  });
});
