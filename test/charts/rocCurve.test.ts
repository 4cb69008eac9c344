import { describe, expect, it } from 'vitest';
import { rocCurve, type RocCurveInput } from '../../src/charts/rocCurve.js';
import { compileClean } from './compileClean.js';

const input: RocCurveInput = {
  width: 500, description: 'Felaktiga flaggor mot hittade bristande utförare',
  windows: ['Kvartal', '12 månader'],
  rows: [
    { window: 'Kvartal', threshold: 0, falseFlagRate: 0.09, found: 0.11, precision: 0.24, current: false },
    { window: 'Kvartal', threshold: 1.96, falseFlagRate: 0.002, found: 0.004, precision: 0.34, current: true },
    { window: '12 månader', threshold: 0, falseFlagRate: 0.42, found: 0.6, precision: 0.26, current: false },
    { window: '12 månader', threshold: 1.96, falseFlagRate: 0.017, found: 0.043, precision: null, current: true },
  ],
  xTitle: 'Felaktigt flaggade', yTitle: 'Hittade', legendTitle: 'Fönster', thresholdTitle: 'Gräns (z)', precisionTitle: 'Precision',
};

describe('rocCurve', () => {
  it('compiles without warnings and does not mutate its input', () => {
    const before = structuredClone(input);
    expect(compileClean(rocCurve(input)).warnings).toEqual([]);
    expect(input).toEqual(before);
  });
  it('keeps both axes on 0–100 % so windows compare on one scale', () => {
    const spec = rocCurve(input) as unknown as { layer: Array<{ encoding: { x: { scale?: { domain: number[] } } } }> };
    expect(spec.layer[1].encoding.x.scale?.domain).toEqual([0, 1]);
  });
});
