import { describe, expect, it } from 'vitest';
import { validateScenario, type ScenarioIssue } from '../../../src/engine.js';
import { issueText } from '../../../src/ui/state/issueText.js';
import { fieldLabel } from '../../../src/ui/state/fieldLabel.js';
import { defaultScenario } from '../../../src/ui/state/scenarioLibrary.js';

function issuesOf(edit: (s: Record<string, unknown>) => void): ScenarioIssue[] {
  const s = structuredClone(defaultScenario()) as unknown as Record<string, unknown>;
  edit(s);
  const v = validateScenario(s);
  if (v.ok) throw new Error('expected the edit to be refused');
  return v.issues;
}

const NBSP = '\u00a0';

describe('issueText', () => {
  it("says a whole-number field's problem in Swedish at its label, with a decimal comma", () => {
    const [issue] = issuesOf((s) => { s.runs = 2.5; });
    expect(issueText(issue, 'sv')).toBe('Antal körningar: värdet är 2,5; tillåtet: ett heltal');
    expect(issueText(issue, 'en')).toBe('Number of runs: found 2.5; allowed: a whole number');
  });

  it("names a segment's parameter with its segment, its unit in words and Swedish number format", () => {
    const [issue] = issuesOf((s) => { (s.segments as Array<Record<string, unknown>>)[0].params = { shareFemale: 1.5 }; });
    expect(issueText(issue, 'sv')).toBe('Marknadssegment 1: Andel flickor/kvinnor: värdet är 1,5; tillåtet: ett tal från 0 till 1 (andel (0–1))');
  });

  it('groups large numbers the Swedish way', () => {
    const [issue] = issuesOf((s) => { s.seed = 5_000_000_000; });
    expect(issueText(issue, 'sv')).toBe(`Frö: värdet är 5${NBSP}000${NBSP}000${NBSP}000; tillåtet: högst 4${NBSP}294${NBSP}967${NBSP}295`);
  });

  it('translates a distribution problem and names the distribution field', () => {
    const [issue] = issuesOf((s) => { s.care = { hoursPerClientMonth: { dist: 'uniform', min: 5, max: 1 } }; });
    expect(issueText(issue, 'sv')).toMatch(/^Vårdtimmar per klientmånad: lägsta, troligaste och högsta värde är i fel ordning; tillåtet: lägsta ≤ troligaste ≤ högsta$/);
  });

  it('keeps the path where no field has a label, and translates the rest', () => {
    const [issue] = issuesOf((s) => { s.colour = 'blue'; });
    expect(issueText(issue, 'sv')).toMatch(/^colour: okänt fält "colour"; tillåtet: ett av "schemaVersion", /);
  });
});

describe('fieldLabel', () => {
  it('finds the label of every kind of path', () => {
    expect(fieldLabel('runs', 'en')).toBe('Number of runs');
    expect(fieldLabel('segments[1].providers', 'sv')).toBe('Marknadssegment 2: Antal utförare');
    expect(fieldLabel('segments[0].params.capacity', 'en')).toBe('Market segment 1: Places per provider');
    expect(fieldLabel('care.hoursPerClientMonth.min', 'sv')).toBe('Vårdtimmar per klientmånad (Lägsta)');
    expect(fieldLabel('$', 'sv')).toBe('$');
    expect(fieldLabel('["line\\nbreak"]', 'sv')).toBe('["line\\nbreak"]');
  });
});
