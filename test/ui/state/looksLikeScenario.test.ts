import { describe, expect, it } from 'vitest';
import { looksLikeScenario } from '../../../src/ui/state/looksLikeScenario.js';
import { defaultScenario } from '../../../src/ui/state/scenarioLibrary.js';

describe('looksLikeScenario', () => {
  it('accepts a saved scenario even when a value is out of range (work in progress)', () => {
    const s = structuredClone(defaultScenario());
    expect(looksLikeScenario({ ...s, runs: 0 })).toBe(true);
  });
  it('rejects what the editor could not display', () => {
    const s = structuredClone(defaultScenario()) as unknown as Record<string, unknown>;
    for (const broken of [null, 1, [], { ...s, segments: [] }, { ...s, measure: 'x' }, { ...s, title: 'x' }, { ...s, payment: { rule: 3 } }]) {
      expect(looksLikeScenario(broken)).toBe(false);
    }
  });
});
