/**
 * Every number a user can change says where its default comes from: a source a reader can
 * follow, or an estimate with its reasoning and a plausible range (which the sensitivity
 * analysis varies). A range holds the default and lies within the parameter's bounds. No
 * source points at a file outside the repository.
 */
import { describe, expect, it } from 'vitest';
import { behaviourSpecs, measureSpecs, paymentSpecs, rules, sectionSpecs, segmentSpecs, services, measures } from '../../models/index.js';
import { SOURCES } from '../../models/sources.js';
import { serviceRanges } from '../../models/services/ranges.js';
import type { NumberSpec, ParamSpec } from '../../src/core/model/ParamSpec.js';

const GROUPS: Record<string, Readonly<Record<string, ParamSpec>>> = {
  segment: segmentSpecs, measure: measureSpecs, payment: paymentSpecs, ...sectionSpecs,
  ...Object.fromEntries(Object.entries(behaviourSpecs).map(([k, v]) => [`behaviour.${k}`, v])),
  ...Object.fromEntries(Object.entries(rules).map(([k, r]) => [`rule.${k}`, r.params as Readonly<Record<string, ParamSpec>>])),
};

const NUMBERS: Array<[string, NumberSpec]> = Object.entries(GROUPS).flatMap(([g, specs]) =>
  Object.entries(specs).flatMap(([k, s]) => (s.kind === 'number' ? [[`${g}.${k}`, s] as [string, NumberSpec]] : [])));

/** What a clone of the repository cannot follow: files and numbering of documents it does not have. */
const OUTSIDE = /DESIGN|DEFAULTS|\.\.\/shared|seeds?\s*0\d\d|\(seed/i;

describe('provenance of every numeric default (models/)', () => {
  it('covers all numeric parameters', () => {
    expect(NUMBERS.length).toBeGreaterThanOrEqual(80);
  });

  for (const [id, s] of NUMBERS) {
    it(`${id}: has a source or an estimate, and a range around its default`, () => {
      expect(s.source !== undefined || s.estimate !== undefined, `${id} needs a source or an estimate`).toBe(true);
      if (s.source !== undefined) {
        expect(s.source.trim().length).toBeGreaterThan(10);
        expect(s.source).not.toMatch(OUTSIDE);
      }
      if (s.estimate !== undefined) {
        expect(s.estimate.sv.trim().length).toBeGreaterThan(0);
        expect(s.estimate.en.trim().length).toBeGreaterThan(0);
        expect(s.range, `${id}: an estimate needs a range`).toBeDefined();
      }
      // Every number has a range, sourced or not: the sensitivity analysis varies each one.
      expect(s.range, `${id}: needs a plausible range`).toBeDefined();
      if (s.range !== undefined) {
        const [low, high] = s.range;
        expect(low).toBeLessThanOrEqual(high);
        expect(low).toBeLessThanOrEqual(s.default);
        expect(high).toBeGreaterThanOrEqual(s.default);
        expect(low).toBeGreaterThanOrEqual(s.min);
        expect(high).toBeLessThanOrEqual(s.max);
        if (s.integer) expect(Number.isInteger(low) && Number.isInteger(high)).toBe(true);
      }
    });
  }

  it('services, measures and the cited documents point at nothing outside the repository', () => {
    for (const s of Object.values(services)) expect(s.source).not.toMatch(OUTSIDE);
    for (const m of Object.values(measures)) expect(m.source).not.toMatch(OUTSIDE);
    for (const text of Object.values(SOURCES)) expect(text).not.toMatch(OUTSIDE);
  });

  it("every service default lies in its service's range, or the parameter's own, within the bounds", () => {
    for (const [id, service] of Object.entries(services)) {
      const own = serviceRanges[id];
      if (own) expect(own.reason.sv.length > 0 && own.reason.en.length > 0).toBe(true);
      for (const [key, value] of Object.entries(service.defaults)) {
        const spec = segmentSpecs[key as keyof typeof segmentSpecs];
        const range = own?.ranges[key as keyof typeof own.ranges] ?? spec.range;
        expect(range, `${id}.${key} has no range`).toBeDefined();
        const [low, high] = range!;
        expect(low <= Number(value) && Number(value) <= high, `${id}.${key} = ${value} outside ${low}–${high}`).toBe(true);
        expect(low >= spec.min && high <= spec.max, `${id}.${key}: range outside the bounds`).toBe(true);
      }
    }
    for (const id of Object.keys(serviceRanges)) expect(Object.keys(services)).toContain(id);
  });

  it('reports the counts (sourced / estimate only)', () => {
    const sourced = NUMBERS.filter(([, s]) => s.source !== undefined).length;
    const estimateOnly = NUMBERS.filter(([, s]) => s.source === undefined).length;
    expect(sourced + estimateOnly).toBe(NUMBERS.length);
  });
});
