import { describe, expect, it } from 'vitest';
import { careHours, type CareHoursInput } from '../../src/charts/careHours.js';
import { compileClean } from './compileClean.js';

const input: CareHoursInput = {
  width: 500, description: 'Vårdtimmar', xTitle: 'Timmar per år', meanTitle: 'Medel', intervalTitle: 'Percentil',
  rows: [{ label: 'Vård', kind: 'care', mean: 68000, p05: 66000, p95: 70000 }, { label: 'Administration', kind: 'admin', mean: 900, p05: 850, p95: 950 }],
};

describe('careHours', () => {
  it('compiles without warnings and does not mutate its input', () => {
    const before = structuredClone(input);
    expect(compileClean(careHours(input)).warnings).toEqual([]);
    expect(input).toEqual(before);
  });
});
