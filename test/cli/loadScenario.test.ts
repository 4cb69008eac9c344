import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/InputError.js';
import { loadScenario, type Overrides } from '../../src/cli/loadScenario.js';
import { LIMITS } from '../../src/core/index.js';
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
});
