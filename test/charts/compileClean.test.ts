import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { compileClean } from './compileClean.js';

describe('compileClean (the harness the chart tests rely on)', () => {
  it('does see a warning, so "no warnings" in the chart tests can fail', () => {
    const bad = { data: { values: [{ a: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'a', type: 'nominal' } } } as TopLevelSpec;
    expect(compileClean(bad).warnings.length).toBeGreaterThan(0);
  });
});
