/**
 * Every shipped design names a baseline in the library that differs from it only in the
 * payment rule, so the comparison the page and the README show carries no warning: no other
 * period, measure, services, horizon, market, behaviour or section.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileScenario, comparisonWarnings, parseScenarioText, type Scenario } from '../../src/engine.js';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const library = new Map<string, Scenario>();
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
  const parsed = parseScenarioText(readFileSync(DIR + file, 'utf8'));
  if (parsed.ok) library.set(parsed.scenario.id, parsed.scenario);
}
/** Designs compared on purpose with something else: behaviour experiments (on against off) and the city-wide market. */
const OWN_COMPARISON = (id: string): boolean => id.startsWith('behaviour-') || id === 'city-wide';

describe('shipped designs and their baselines', () => {
  it('every design with an outcome-linked rule names a baseline', () => {
    const missing = [...library.values()].filter((s) => s.payment.rule !== 'perDiem' && !OWN_COMPARISON(s.id) && s.baseline === undefined).map((s) => s.id);
    expect(missing).toEqual([]);
  });

  for (const design of [...library.values()].filter((s) => s.baseline !== undefined)) {
    it(`${design.id} against ${design.baseline}: the same in everything but the rule`, () => {
      const baseline = library.get(design.baseline!);
      expect(baseline, `scenarios/${design.baseline}.json`).toBeDefined();
      expect(baseline!.payment.rule).toBe('perDiem');
      expect(baseline!.baseline).toBeUndefined();
      expect([baseline!.seed, baseline!.runs]).toEqual([design.seed, design.runs]);
      expect(comparisonWarnings(compileScenario(design), compileScenario(baseline!)).map((w) => w.text.en)).toEqual([]);
    });
  }
});
