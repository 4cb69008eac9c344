/**
 * docs/scenario-format.md stays true to the code: its first example is a valid scenario, and
 * it names every top-level field, service, measure, payment rule, parameter, distribution and
 * limit the code knows. When this fails after adding one, document it on that page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measures, measureSpecs, paymentSpecs, rules, sectionSpecs, segmentSpecs, services } from '../../models/index.js';
import { formatIssue, LIMITS, parseScenarioText, scenarioSchema } from '../../src/engine.js';

const DOC = readFileSync(fileURLToPath(new URL('../../docs/scenario-format.md', import.meta.url)), 'utf8');
const HINT = 'not documented in docs/scenario-format.md';
const named = (name: string): boolean => DOC.includes('`' + name + '`') || DOC.includes('`"' + name + '"`');

function expectNamed(kind: string, names: readonly string[]): void {
  expect(names.filter((n) => !named(n)), `${kind} ${HINT}`).toEqual([]);
}

describe('docs/scenario-format.md', () => {
  it('opens with an example that is a valid scenario', () => {
    const example = /```json\n([\s\S]*?)```/.exec(DOC)?.[1] ?? '';
    const parsed = parseScenarioText(example);
    expect(parsed.ok ? [] : parsed.issues.map((i) => formatIssue('example', i))).toEqual([]);
  });

  it('names every top-level field, service, measure and payment rule', () => {
    expectNamed('fields', Object.keys(scenarioSchema.shape));
    expectNamed('services', Object.keys(services));
    expectNamed('measures', Object.keys(measures));
    expectNamed('payment rules', Object.keys(rules));
  });

  it('names every parameter of every section', () => {
    expectNamed('segment parameters', Object.keys(segmentSpecs));
    expectNamed('measure parameters', Object.keys(measureSpecs));
    expectNamed('payment settings', Object.keys(paymentSpecs));
    for (const [id, rule] of Object.entries(rules)) expectNamed(`parameters of ${id}`, Object.keys(rule.params));
    for (const [name, specs] of Object.entries(sectionSpecs)) expectNamed(`parameters of ${name}`, Object.keys(specs));
  });

  it('names every distribution and every limit with its value', () => {
    expectNamed('distributions', ['uniform', 'triangular', 'normal', 'lognormal', 'beta']);
    expectNamed('limits', Object.keys(LIMITS));
    for (const [name, value] of Object.entries(LIMITS)) {
      if (typeof value !== 'number') continue;
      const row = DOC.split('\n').find((l) => l.startsWith(`| \`${name}\``)) ?? '';
      expect(row.replace(/,/g, ''), `${name} = ${value} ${HINT}`).toContain(`| ${value} |`);
    }
  });
});
