/**
 * The numbers the stories state, checked against the engine, so a story cannot drift from
 * what the scenario does. Monte Carlo tolerances are 4 standard errors of the run count; the
 * story's own rounding ("about 10 %") is added on top and said so.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compare, compileScenario, parseScenarioText, simulateScenario, summarise, type Scenario } from '../../src/engine.js';

const RUNS = 200;

function load(id: string): Scenario {
  const parsed = parseScenarioText(readFileSync(fileURLToPath(new URL(`../../scenarios/${id}.json`, import.meta.url)), 'utf8'));
  if (!parsed.ok) throw new Error(`${id} does not validate`);
  return { ...parsed.scenario, runs: RUNS };
}

describe('the stories tell the truth', () => {
  const baseline = compileScenario(load('default'));
  const base = simulateScenario(baseline);

  it('outcome-bonus-10: the bonus adds about 10 % to per-diem payments', () => {
    const design = simulateScenario(compileScenario(load('outcome-bonus-10')));
    const diff = compare({ horizonMonths: 36, result: design }, { horizonMonths: 36, result: base })['purchaser.payments'];
    const payments = summarise(baseline, base).metrics['purchaser.payments'].mean!;
    // Ratio of means; its SE from the paired difference's SE (the baseline mean's own error is second order).
    const share = diff.meanDiff! / payments;
    const se = diff.se! / payments;
    const rounding = 0.005; // "about 10 %": the bonus is rounded to 240,000 SEK
    expect(Math.abs(share - 0.1)).toBeLessThanOrEqual(rounding + 4 * se);
  });

  it("default: providers' margin under today's per diem is near the 10 % the defaults aim at", () => {
    const mean = summarise(baseline, base).metrics['providers.marginMean'].mean!;
    // A plausibility band (the default margin is 10 %, plausible 0–25 %), not a statistical claim.
    expect(mean).toBeGreaterThan(0.05);
    expect(mean).toBeLessThan(0.15);
  });

  it('withhold: about three measured discharges per provider and quarter', () => {
    const s = load('withhold');
    const c = compileScenario(s);
    const summary = summarise(c, simulateScenario(c), { basis: 'contract' });
    // The registry measure has no non-response and no lag, so in steady state every admission
    // is a measured discharge: admissions per provider-quarter stand in for measured discharges.
    const perProviderQuarter = summary.metrics['clients.served'].mean! / c.providerCount / (s.horizonMonths / 3);
    expect(perProviderQuarter).toBeGreaterThan(2.5);
    expect(perProviderQuarter).toBeLessThan(3.5);
  });
});
