/**
 * Every file in scenarios/ is itself a test: it validates, its id is its file name,
 * schemaVersion comes first, and it carries a Swedish and an English title and story that
 * names the seed document it comes from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileScenario, formatIssue, LIMITS, parseScenarioText } from '../../src/engine.js';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
/** The city documents in the seeds folder (see the design). */
const SEED_DOCUMENTS = ['000', '001', '002', '003', '004'];
/** The library DESIGN §4 and the issue ask for, at least. */
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

      it('has a title and a story in Swedish and English naming its seed document', () => {
        if (!parsed.ok) return;
        const s = parsed.scenario;
        expect(s.title.sv.trim()).not.toBe('');
        expect(s.title.en.trim()).not.toBe('');
        expect(s.story, 'story').toBeDefined();
        expect(s.story!.sv.length).toBeGreaterThan(100);
        expect(s.story!.en.length).toBeGreaterThan(100);
        expect(s.story!.sv).not.toBe(s.story!.en);
        expect(SEED_DOCUMENTS).toContain(s.seedDocument);
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
