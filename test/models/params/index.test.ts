import { describe, expect, it } from 'vitest';
import { measureKindParams, measureSpecs, paymentSpecs, periodMonths, sectionSpecs, segmentSpecs } from '../../../models/index.js';
import type { ParamSpecs } from '../../../src/core/model/ParamSpec.js';

const GROUPS: Record<string, ParamSpecs> = { segment: segmentSpecs, measure: measureSpecs, payment: paymentSpecs, ...sectionSpecs };

describe('parameter specs (models/params)', () => {
  for (const [group, specs] of Object.entries(GROUPS)) {
    describe(group, () => {
      for (const [name, spec] of Object.entries(specs)) {
        it(`${name}: labelled in sv and en, default allowed by its own spec`, () => {
          for (const t of [spec.label, spec.explanation]) expect(t.sv.trim().length > 0 && t.en.trim().length > 0).toBe(true);
          if (spec.kind === 'number') {
            expect(spec.min).toBeLessThan(spec.max);
            expect(spec.default).toBeGreaterThanOrEqual(spec.min);
            expect(spec.default).toBeLessThanOrEqual(spec.max);
            if (spec.integer) {
              expect(Number.isInteger(spec.default) && Number.isInteger(spec.min) && Number.isInteger(spec.max)).toBe(true);
              // Counts shape arrays and loops: they may not vary between runs.
              expect(spec.uncertain).toBe(false);
            }
            if (spec.unit === 'probability') expect(spec.min >= 0 && spec.max <= 1).toBe(true);
          } else if (spec.kind === 'choice') {
            expect(spec.options.map((o) => o.value)).toContain(spec.default);
            for (const o of spec.options) expect(o.label.sv.length > 0 && o.label.en.length > 0).toBe(true);
          } else {
            expect(typeof spec.default).toBe('boolean');
          }
        });
      }
    });
  }

  it('every measure parameter applies to some kind, and each kind names only real parameters', () => {
    const used = new Set(Object.values(measureKindParams).flat());
    expect([...used].every((n) => n in measureSpecs)).toBe(true);
    expect(Object.keys(measureSpecs).filter((n) => !used.has(n as keyof typeof measureSpecs))).toEqual([]);
  });

  it('payment periods are one, three and twelve months', () => {
    expect(periodMonths).toEqual({ month: 1, quarter: 3, year: 12 });
    const period = paymentSpecs.period;
    expect(period.options.map((o) => o.value).sort()).toEqual(Object.keys(periodMonths).sort());
  });
});
