import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/InputError.js';
import { loadScenario, type Overrides } from '../../src/cli/loadScenario.js';
import { LIMITS } from '../../src/engine.js';
import { tinyScenario } from './tinyScenario.js';

const DIR = mkdtempSync(join(tmpdir(), 'cli-load-'));
const FILE = join(DIR, 'tiny.json');
writeFileSync(FILE, JSON.stringify(tinyScenario()));

function lines(file: string, o?: Overrides): string[] {
  try {
    loadScenario(file, o);
  } catch (e) {
    if (e instanceof InputError) return e.lines();
    throw e;
  }
  throw new Error('expected an input error');
}

describe('loadScenario', () => {
  it('returns the file as it stands without overrides', () => {
    expect(loadScenario(FILE)).toEqual(tinyScenario());
  });

  it('reads a file saved with a byte-order mark', () => {
    const bom = join(DIR, 'bom.json');
    writeFileSync(bom, '\uFEFF' + JSON.stringify(tinyScenario()));
    expect(loadScenario(bom)).toEqual(tinyScenario());
  });

  it('applies --seed and --runs without touching anything else', () => {
    expect(loadScenario(FILE, { seed: 9, runs: 3, source: 'flags' })).toEqual({ ...tinyScenario(), seed: 9, runs: 3 });
  });

  it('validates overrides with the file schema and reports them against the flag', () => {
    expect(lines(FILE, { runs: LIMITS.maxRuns + 1, source: 'flags' })).toEqual([`error: command line: --runs: found ${LIMITS.maxRuns + 1}; at most ${LIMITS.maxRuns}`]);
    expect(lines(FILE, { seed: 1.5, source: 'flags' })).toEqual(['error: command line: --seed: found 1.5; a whole number']);
  });

  it("reports a baseline that cannot take the design's runs against the baseline file", () => {
    const big = join(DIR, 'big.json');
    writeFileSync(big, JSON.stringify(tinyScenario({ segments: [{ service: 'hvbYouth', providers: LIMITS.maxProvidersPerSegment }] })));
    const [line] = lines(big, { runs: LIMITS.maxRuns, source: 'design' });
    expect(line).toMatch(new RegExp(`^error: ${big.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: runs: runs × providers × months is `));
  });

  it('checks the file itself before any override', () => {
    const bad = join(DIR, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...tinyScenario(), runs: 0 }));
    expect(lines(bad, { runs: 5, source: 'flags' })).toEqual([`error: ${bad}: runs: found 0; at least 1`]);
  });

  describe('names the path of each kind of bad content', () => {
    const bad = (name: string, data: unknown): string => {
      const path = join(DIR, name);
      writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
      return path;
    };
    const base = tinyScenario();
    const cases: Array<[string, unknown, string]> = [
      ['blank', '  \n\t', '$'],
      ['list', [1, 2], '$'],
      ['mistyped parameter', { ...base, segments: [{ service: 'hvbYouth', providers: 6, params: { pricePerDay: 'cheap' } }] }, 'segments[0].params.pricePerDay'],
      ['unknown field', { ...base, colour: 'red' }, 'colour'],
      ['share below 0', { ...base, followUp: { shareFromCare: -0.1 } }, 'followUp.shareFromCare'],
      ['negative capacity', { ...base, segments: [{ service: 'hvbYouth', providers: 6, params: { capacity: -1 } }] }, 'segments[0].params.capacity'],
      ['unknown service', { ...base, segments: [{ service: 'spa', providers: 6 }] }, 'segments[0].service'],
      ['unknown payment rule', { ...base, payment: { rule: 'lottery' } }, 'payment.rule'],
      ['distribution for a count', { ...base, care: { warmUpMonths: { dist: 'uniform', min: 1, max: 2 } } }, 'care.warmUpMonths'],
    ];
    for (const [name, data, path] of cases) {
      it(name, () => {
        const file = bad(`${name.replace(/ /g, '-')}.json`, data);
        const found = lines(file);
        expect(found).toHaveLength(1);
        expect(found[0].startsWith(`error: ${file}: ${path}: `)).toBe(true);
      });
    }
  });
});
