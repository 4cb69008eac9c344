import { describe, expect, it } from 'vitest';
import { buildLibrary, defaultScenario, LIBRARY } from '../../../src/ui/state/scenarioLibrary.js';

describe('scenarioLibrary', () => {
  it('bundles every shipped scenario and every one of them is valid', () => {
    expect(LIBRARY.length).toBeGreaterThan(0);
    for (const e of LIBRARY) expect({ file: e.file, issues: e.issues }).toEqual({ file: e.file, issues: [] });
    expect(defaultScenario().id).toBe('default');
  });
  it('lists a broken file with its problem and puts default first', () => {
    const lib = buildLibrary({ '/s/b.json': { schemaVersion: 1 }, '/s/a.json': structuredClone(defaultScenario()), '/s/0.json': { ...structuredClone(defaultScenario()), id: 'zero' } });
    expect(lib.map((e) => e.file)).toEqual(['a.json', '0.json', 'b.json']);
    expect(lib[2].scenario).toBeNull();
    expect(lib[2].issues.length).toBeGreaterThan(0);
  });
});
