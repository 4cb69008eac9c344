/**
 * The hostile corpus (test/hostile/scenarios) through the validator: every case returns
 * issues and never throws; every issue names a path, a problem and what is allowed, on one
 * line; the paths are exactly the bad fields; nothing pollutes a prototype; files that look
 * odd but are legal simulate with every output finite or null. The per-test timeout is the
 * hang guard (nothing may take 5 s); no finer timing is asserted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ISSUE_CODES, LIMITS, parseScenarioText, validateScenario, type IssueCode, type ScenarioIssue, type Validated } from '../../src/engine.js';
import { FALLTHROUGH_CODES } from '../../src/core/issues/issueCodes.js';
import { measurabilityProblems, nonFinitePaths, simulateBriefly } from '../fuzz/briefSimulation.js';
import { FILE_CASES } from './scenarios/fileCases.js';
import { codesSeen, expectCoded } from '../support/expectCoded.js';
import { bigCases, wrongTypeCases, type GeneratedCase } from './scenarios/generatedCases.js';

const HANG_GUARD_MS = 5_000;
const dir = new URL('./scenarios/', import.meta.url);
const fixture = JSON.parse(readFileSync(new URL('../fixtures/schema-v1.json', import.meta.url), 'utf8')) as Parameters<typeof wrongTypeCases>[0];

/** The prototypes an attack would aim at, as they are before any case runs. */
const PROTOTYPES: ReadonlyArray<[string, object]> = [['Object', Object.prototype], ['Array', Array.prototype], ['Function', Function.prototype], ['String', String.prototype]];
const snapshot = (): string[] => PROTOTYPES.map(([n, p]) => `${n}: ${Reflect.ownKeys(p).map(String).sort().join(',')} / ${String(Object.getPrototypeOf(p) === null)}`);
const before = snapshot();

function expectUnpolluted(): void {
  expect((({}) as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(snapshot()).toEqual(before);
}

function expectWellFormed(issues: readonly ScenarioIssue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    for (const text of [issue.path, issue.problem, issue.allowed]) {
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/[\n\r\u2028\u2029]/);
    }
    expectCoded(issue);
  }
}

function run(input: GeneratedCase['input']): Validated {
  return 'text' in input ? parseScenarioText(input.text) : validateScenario(input.data);
}

const tally = new Map<string, number>();
const count = (kind: string): void => { tally.set(kind, (tally.get(kind) ?? 0) + 1); };
afterAll(() => {
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  console.info(`hostile corpus: ${total} cases\n` + [...tally].map(([k, n]) => `  ${k}: ${n}`).join('\n'));
  console.info(`issue codes reached: ${codesSeen.size}: ${[...codesSeen].sort().join(', ')}`);
});

describe('hostile scenario files', () => {
  it('lists every file in the folder and no file that is missing', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(Object.keys(FILE_CASES).sort());
  });

  for (const [file, expected] of Object.entries(FILE_CASES)) {
    it(`${file} (${expected.kind})`, () => {
      const result = parseScenarioText(readFileSync(new URL(file, dir), 'utf8'));
      expectUnpolluted();
      count(expected.kind);
      if (expected.valid) {
        expect(result.ok ? [] : result.issues).toEqual([]);
        if (!result.ok) return;
        const brief = simulateBriefly(result.scenario, 2);
        expect(brief).not.toBeNull();
        expect(nonFinitePaths(brief)).toEqual([]);
        expect(measurabilityProblems(brief!.summary)).toEqual([]);
        return;
      }
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expectWellFormed(result.issues);
      expect([...new Set(result.issues.map((i) => i.path))].sort()).toEqual([...expected.paths!].sort());
    }, HANG_GUARD_MS);
  }
});

describe('generated hostile input', () => {
  for (const c of bigCases(fixture)) {
    it(`${c.name} (${c.kind})`, () => {
      const result = run(c.input);
      expectUnpolluted();
      count(c.kind);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expectWellFormed(result.issues);
      if (c.kind === 'many issues') {
        expect(result.issues).toHaveLength(LIMITS.maxIssues + 1);
        expect(result.issues[0].path).toBe('care.p0');
        expect(result.issues[LIMITS.maxIssues].path).toBe('$');
      } else {
        expect([...new Set(result.issues.map((i) => i.path))].sort()).toEqual([...c.paths!].sort());
      }
    }, HANG_GUARD_MS);
  }

  it('a wrong type at every field of the version-1 fixture is refused at that field', () => {
    const cases = wrongTypeCases(fixture);
    const misplaced: string[] = [];
    const accepted: string[] = [];
    for (const c of cases) {
      const result = run(c.input);
      count(c.kind);
      if (result.ok) { if (!c.mayBeValid) accepted.push(c.name); continue; }
      expectWellFormed(result.issues);
      const under = (p: string): boolean => p === c.under || p.startsWith(`${c.under}.`) || p.startsWith(`${c.under}[`);
      for (const issue of result.issues) if (!under(issue.path)) misplaced.push(`${c.name}: ${issue.path}`);
    }
    expectUnpolluted();
    expect(cases.length).toBeGreaterThan(400);
    expect(accepted).toEqual([]);
    expect(misplaced).toEqual([]);
  }, HANG_GUARD_MS * 4);
});

/**
 * Codes no scenario file can reach, each with the reason; every other scenario code must be
 * produced by some case above, so a message that exists only on paper is noticed. Formula
 * codes are the formula corpus's (test/hostile/formulas).
 */
const UNREACHABLE: Readonly<Partial<Record<IssueCode, string>>> = {
  notFinite: 'JSON has no non-finite numbers, and a non-finite number given as data is refused as the wrong type first',
  unknownFieldNone: 'every object of the schema has fields, so an unknown field always has a list of known ones',
  tooMuchCpuProviderMonths: 'the coarser work limit (tooMuchWork) refuses such a scenario first; kept as a second line of defence',
  tooMuchCpuReferrals: 'the referral limit (tooManyReferrals) refuses such a scenario first; kept as a second line of defence',
};

describe('coverage of the validation messages', () => {
  it('the corpus reaches every scenario message code but the fallthroughs and the unreachable ones', () => {
    const expected = ISSUE_CODES.filter((c) => !c.startsWith('formula') && !FALLTHROUGH_CODES.includes(c) && !(c in UNREACHABLE));
    expect(expected.filter((c) => !codesSeen.has(c))).toEqual([]);
    expect(Object.keys(UNREACHABLE).filter((c) => codesSeen.has(c as IssueCode))).toEqual([]);
  });
});
