/**
 * Every file in scenarios/ is itself a test: it validates, its id is its file name,
 * schemaVersion comes first, and it carries a Swedish and an English title and story that
 * cites the document it comes from, as a reader would (no file outside the repository).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileScenario, formatIssue, LIMITS, parseScenarioText } from '../../src/engine.js';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
/** A citation names a publisher or author, a title and a year, not a file number. */
const CITATION = /^[^:]+.*\b(19|20)\d\d\b/;
const FILE_NUMBER = /^\d{3}$|DESIGN|DEFAULTS|\.\.\/shared/;
/** The library the project's issues ask for, at least. */
const REQUIRED = ['default', 'outcome-bonus-10', 'withhold', 'threshold-cliff', 'risk-corridor', 'tournament-audits', 'follow-up-30min', 'small-providers-noisy-ratings', 'open-referrals-risk-adjusted', 'uncertain-inputs'];

describe('the scenario library', () => {
  it('ships the required scenarios', () => {
    const ids = FILES.map((f) => f.replace(/\.json$/, ''));
    expect(ids).toEqual(expect.arrayContaining(REQUIRED));
  });

  for (const file of FILES) {
    describe(file, () => {
      const text = readFileSync(DIR + file, 'utf8');
      const parsed = parseScenarioText(text);

      it('validates', () => {
        expect(parsed.ok ? [] : parsed.issues.map((i) => formatIssue(file, i))).toEqual([]);
      });

      it('has schemaVersion first and its file name as id', () => {
        expect(Object.keys(JSON.parse(text) as object)[0]).toBe('schemaVersion');
        if (parsed.ok) expect(`${parsed.scenario.id}.json`).toBe(file);
      });

      it('has a title and a story in Swedish and English citing its source document', () => {
        if (!parsed.ok) return;
        const s = parsed.scenario;
        expect(s.title.sv.trim()).not.toBe('');
        expect(s.title.en.trim()).not.toBe('');
        expect(s.story, 'story').toBeDefined();
        expect(s.story!.sv.length).toBeGreaterThan(100);
        expect(s.story!.en.length).toBeGreaterThan(100);
        expect(s.story!.sv).not.toBe(s.story!.en);
        expect(s.seedDocument, 'seedDocument').toMatch(CITATION);
        expect(s.seedDocument).not.toMatch(FILE_NUMBER);
        expect(s.story!.en).toContain(s.seedDocument!);
        expect(s.story!.sv).toContain(s.seedDocument!);
      });

      it('compiles within the limits', () => {
        if (!parsed.ok) return;
        const c = compileScenario(parsed.scenario);
        expect(c.providerCount).toBeGreaterThan(0);
        expect(c.runs).toBeLessThanOrEqual(LIMITS.maxRuns);
      });
    });
  }
});
