/**
 * The most expensive scenarios the validator accepts, one family per source of work: each is
 * a scenario built to make one source dominate (a 1,000-character formula of the costliest
 * terms, a 100,000-client comparison group, 500 referrals per provider-month, effort with 41
 * levels, the largest market), with the largest run count that still passes validation.
 * test/hostile/workEstimate.test.ts asserts on their estimates; bench/worstCase.ts times them.
 */
import { validateScenario, type Scenario } from '../../src/engine.js';

export interface WorstCase {
  name: string;
  /** The field the refusal one run above must name. */
  path: string;
  scenario: Scenario;
}

/** Terms joined with " + " up to the formula length limit. */
export function longFormula(term: (i: number) => string, maxLength = 1000): string {
  let text = term(0);
  for (let i = 1; ; i++) {
    const next = `${text} + ${term(i)}`;
    if (next.length > maxLength) return text;
    text = next;
  }
}

const VARIABLES = ['base', 'clients', 'client_months', 'observed_rate', 'successes'];

const title = { sv: 'Värsta fall', en: 'Worst case' };
const base = (id: string, over: Partial<Scenario>): Scenario => ({
  schemaVersion: 1, id, title, seed: 1, runs: 1, horizonMonths: 120,
  segments: [{ service: 'hvbYouth', providers: 40 }],
  measure: { model: 'lowerIntervention' }, payment: { rule: 'perDiem', settings: { period: 'month' } },
  ...over,
});

/** The families, at one run; `atMaxRuns` raises runs to the most the validator accepts. */
export const WORST_CASE_FAMILIES: ReadonlyArray<WorstCase> = [
  {
    name: 'formula: 1,000 characters of round(x / 1.3), monthly',
    path: 'payment.params.formula',
    scenario: base('worst-formula-round', {
      payment: { rule: 'custom', params: { formula: longFormula((i) => `round(${VARIABLES[i % VARIABLES.length]} / 1.3)`) }, settings: { period: 'month' } },
    }),
  },
  {
    name: 'formula: 1,000 characters of negative bases to computed powers, monthly',
    path: 'payment.params.formula',
    scenario: base('worst-formula-pow', {
      payment: { rule: 'custom', params: { formula: longFormula((i) => `(-${VARIABLES[i % 3]})^(flagged + 1/3)`) }, settings: { period: 'month' } },
    }),
  },
  {
    name: 'comparison group of 100,000 in a Norrköping-sized outcomes contract',
    path: 'payment.params.comparisonGroupSize',
    scenario: base('worst-comparison-group', {
      horizonMonths: 36, care: { warmUpMonths: 0 },
      segments: [{ service: 'tfco', providers: 1, params: { referralsPerProviderMonth: 1.7, capacity: 40 } }],
      measure: { model: 'tfcoLighter' },
      payment: { rule: 'socialOutcomes', params: { baseline: 'comparisonGroup', comparisonGroupSize: 100_000 }, settings: { period: 'year' } },
    }),
  },
  {
    name: 'referrals: 500 per provider-month',
    path: 'runs',
    scenario: base('worst-referrals', {
      horizonMonths: 24,
      segments: [{ service: 'hvbYouth', providers: 100, params: { referralsPerProviderMonth: 500, capacity: 1000 } }],
    }),
  },
  {
    name: 'behaviour: effort with 41 levels and selection, monthly, busy providers',
    path: 'behaviour',
    scenario: base('worst-behaviour', {
      horizonMonths: 60,
      segments: [{ service: 'hvbYouth', providers: 200, params: { referralsPerProviderMonth: 20, capacity: 400 } }],
      payment: { rule: 'outcomeBonus', settings: { period: 'month' } },
      behaviour: { effort: { enabled: true, levels: 41 }, selection: { enabled: true } },
    }),
  },
  {
    name: 'market: 20 segments of 2,000 providers',
    path: 'runs',
    scenario: base('worst-market', {
      horizonMonths: 24,
      segments: Array.from({ length: 20 }, () => ({ service: 'hvbYouth', providers: 2000 })),
      payment: { rule: 'perDiem', settings: { period: 'year' } },
    }),
  },
];

const accepted = (s: Scenario, runs: number): boolean => validateScenario({ ...s, runs }).ok;

/** The family's scenario with the most runs (up to the ceiling) that validation accepts; null if not even one. */
export function atMaxRuns(w: WorstCase, ceiling = 100_000): WorstCase | null {
  if (!accepted(w.scenario, 1)) return null;
  if (accepted(w.scenario, ceiling)) return { ...w, scenario: { ...w.scenario, runs: ceiling } };
  let lo = 1, hi = ceiling; // accepted at lo, refused at hi
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (accepted(w.scenario, mid)) lo = mid; else hi = mid;
  }
  return { ...w, scenario: { ...w.scenario, runs: lo } };
}
