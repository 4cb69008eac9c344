import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, parseScenarioText, validateScenario, LIMITS, type ScenarioIssue } from '../../../src/engine.js';
import { testScenario } from '../../support/testScenario.js';
import { deepFreeze } from '../../support/deepFreeze.js';

const base = (): Record<string, unknown> => testScenario() as unknown as Record<string, unknown>;
const seg = (params: Record<string, unknown>, extra: Record<string, unknown> = {}): unknown[] => [{ service: 'hvbYouth', providers: 2, params, ...extra }];

/** [what is wrong, the scenario, the path the first issue must name, a word the message must contain]. */
const BAD: Array<[string, unknown, string, RegExp]> = [
  ['missing field', { ...base(), runs: undefined }, 'runs', /missing/],
  ['non-integer count', { ...base(), runs: 2.5 }, 'runs', /whole number/],
  ['mistyped field', { ...base(), runs: '10' }, 'runs', /"10"/],
  ['runs above the limit', { ...base(), runs: LIMITS.maxRuns + 1 }, 'runs', new RegExp(String(LIMITS.maxRuns))],
  ['negative seed', { ...base(), seed: -1 }, 'seed', /-1/],
  ['unknown top-level field', { ...base(), colour: 'red' }, 'colour', /unknown field "colour"/],
  ['unknown segment field', { ...base(), segments: seg({}, { extra: 1 }) }, 'segments[0].extra', /"service", "providers", "params"/],
  ['no segments', { ...base(), segments: [] }, 'segments', /at least 1/],
  ['zero providers in second segment', { ...base(), segments: [{ service: 'hvbYouth', providers: 2 }, { service: 'tfco', providers: 0 }] }, 'segments[1].providers', /at least 1/],
  ['probability above 1', { ...base(), measure: { model: 'lowerIntervention', params: { validity: 1.5 } } }, 'measure.params.validity', /from 0 to 1/],
  ['negative probability', { ...base(), inspection: { sensitivity: -0.1 } }, 'inspection.sensitivity', /from 0 to 1/],
  ['parameter of another kind of measure', { ...base(), measure: { model: 'lowerIntervention', params: { ratingNoiseSd: 1 } } }, 'measure.params.ratingNoiseSd', /does not apply to a binary measure/],
  ['unknown measure', { ...base(), measure: { model: 'happiness' } }, 'measure.model', /unknown measure "happiness"/],
  ['unknown service', { ...base(), segments: [{ service: 'spa', providers: 2 }] }, 'segments[0].service', /unknown service "spa"/],
  ['unknown payment rule', { ...base(), payment: { rule: 'lottery' } }, 'payment.rule', /unknown payment rule "lottery"/],
  ['unknown rule parameter', { ...base(), payment: { rule: 'withhold', params: { share: 0.1 } } }, 'payment.params.share', /"withholdShare"/],
  ['null parameter', { ...base(), payment: { rule: 'withhold', params: { withholdShare: null } } }, 'payment.params.withholdShare', /distribution/],
  ['non-integer count parameter', { ...base(), care: { warmUpMonths: 1.5 } }, 'care.warmUpMonths', /whole number/],
  ['negative count parameter', { ...base(), flagging: { minClients: -3 } }, 'flagging.minClients', /from 1 to/],
  ['unknown choice', { ...base(), payment: { rule: 'perDiem', settings: { period: 'week' } } }, 'payment.settings.period', /"month", "quarter", "year"/],
  ['text for a boolean', { ...base(), inspection: { enabled: 'yes' } }, 'inspection.enabled', /true or false/],
  ['distribution on a count', { ...base(), segments: seg({ capacity: { dist: 'uniform', min: 1, max: 3 } }) }, 'segments[0].params.capacity', /plain number/],
  ['triangular out of order', { ...base(), segments: seg({ qualityMean: { dist: 'triangular', min: 1, mode: 0, max: 2 } }) }, 'segments[0].params.qualityMean', /out of order/],
  ['uniform outside the range', { ...base(), segments: seg({ shareFemale: { dist: 'uniform', min: 0.2, max: 1.2 } }) }, 'segments[0].params.shareFemale.max', /from 0 to 1/],
  ['normal mean outside the range', { ...base(), measure: { model: 'lowerIntervention', params: { validity: { dist: 'normal', mean: 1.2, sd: 0.1 } } } }, 'measure.params.validity.mean', /mean lies outside/],
  ['negative normal sd', { ...base(), segments: seg({ qualityMean: { dist: 'normal', mean: 0.5, sd: -1 } }) }, 'segments[0].params.qualityMean.sd', /≥ 0/],
  ['beta on a parameter that cannot hold 0–1', { ...base(), segments: seg({ episodeMedianMonths: { dist: 'beta', alpha: 2, beta: 2 } }) }, 'segments[0].params.episodeMedianMonths', /beta/],
  ['unknown distribution', { ...base(), segments: seg({ qualityMean: { dist: 'gamma', k: 1 } }) }, 'segments[0].params.qualityMean.dist', /"gamma".*"uniform"/],
  ['newer schema version', { ...base(), schemaVersion: 2 }, 'schemaVersion', /newer/],
  ['schema version not a number', { ...base(), schemaVersion: 'one' }, 'schemaVersion', /"one"/],
  ['empty title', { ...base(), title: { sv: '', en: 'x' } }, 'title.sv', /non-empty/],
  ['bad id', { ...base(), id: 'Bad Id' }, 'id', /lower-case/],
  ['too much work', { ...base(), runs: 100_000, segments: [{ service: 'hvbYouth', providers: 2000 }] }, 'runs', /runs × providers × months/],
  ['not an object', [1, 2], '$', /a list/],
];

describe('validateScenario: every issue names the path of the bad field and what is allowed', () => {
  for (const [what, data, path, words] of BAD) {
    it(what, () => {
      const v = validateScenario(data);
      expect(v.ok).toBe(false);
      const issues: ScenarioIssue[] = v.ok ? [] : v.issues;
      expect(issues[0].path).toBe(path);
      expect(`${issues[0].problem}; ${issues[0].allowed}`).toMatch(words);
      for (const i of issues) expect(i.allowed.length).toBeGreaterThan(0);
    });
  }

  it('reports a missing schemaVersion first', () => {
    const { schemaVersion: _drop, ...rest } = base();
    const v = validateScenario(rest);
    expect(v.ok ? [] : v.issues).toEqual([expect.objectContaining({ path: 'schemaVersion', problem: 'missing' })]);
  });

  it('reports every bad parameter, not just the first', () => {
    const v = validateScenario({ ...base(), care: { hoursPerClientMonth: 0 }, followUp: { extraMinutes: -5 } });
    expect(v.ok ? [] : v.issues.map((i) => i.path)).toEqual(['care.hoursPerClientMonth', 'followUp.extraMinutes']);
  });

  it('accepts the minimal test scenario and distributions inside the bounds, without mutating the input', () => {
    const data = deepFreeze(testScenario({
      segments: [{ service: 'hvbYouth', providers: 3, params: { qualityMean: { dist: 'normal', mean: 0.5, sd: 0.2 }, shareFemale: { dist: 'beta', alpha: 2, beta: 3 } } }],
      measure: { model: 'ihfRating', params: { responseRate: { dist: 'triangular', min: 0.3, mode: 0.45, max: 0.6 } } },
    }));
    const before = JSON.stringify(data);
    const v = validateScenario(data);
    expect(v.ok ? 'ok' : v.issues).toBe('ok');
    expect(JSON.stringify(data)).toBe(before);
  });
});

describe('parseScenarioText', () => {
  it('refuses empty, non-JSON and oversized text at the path "$"', () => {
    for (const [text, word] of [['', /empty/], ['   \n', /empty/], ['{"schemaVersion": 1,', /not valid JSON/], [' '.repeat(LIMITS.maxFileBytes + 1), /bytes/]] as const) {
      const v = parseScenarioText(text);
      expect(v.ok).toBe(false);
      if (!v.ok) {
        expect(v.issues[0].path).toBe('$');
        expect(v.issues[0].problem).toMatch(word);
      }
    }
  });

  it('counts bytes, not characters, against the size limit', () => {
    // 400,000 three-byte characters are 1.2 MB although the string has 400,000 units.
    const v = parseScenarioText(`"${'€'.repeat(400_000)}"`);
    expect(v.ok ? '' : v.issues[0].problem).toMatch(/bytes/);
  });

  it('accepts every shipped scenario', () => {
    const dir = new URL('../../../scenarios/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files).toContain('default.json');
    for (const f of files) {
      const v = parseScenarioText(readFileSync(new URL(f, dir), 'utf8'));
      expect({ f, issues: v.ok ? [] : v.issues }).toEqual({ f, issues: [] });
    }
  });
});

describe('formatPath', () => {
  it('writes zod paths the way the messages name them', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['segments', 0, 'params', 'capacity'])).toBe('segments[0].params.capacity');
    expect(formatPath(['measure', 'model'])).toBe('measure.model');
  });
});
