import { describe, expect, it } from 'vitest';
import { behaviourSpecs } from '../../../models/index.js';
import { behaviourSchema } from '../../../src/core/scenario/Scenario.js';

describe('behaviour specs', () => {
  it('has one section per behaviour in the scenario format, each off by default', () => {
    expect(Object.keys(behaviourSpecs).sort()).toEqual(Object.keys(behaviourSchema.shape).sort());
    for (const [name, specs] of Object.entries(behaviourSpecs)) expect(specs.enabled.default, name).toBe(false);
  });

  it('labels and explains every parameter in Swedish and English, with defaults inside their bounds', () => {
    for (const [name, specs] of Object.entries(behaviourSpecs)) {
      for (const [param, spec] of Object.entries(specs)) {
        const where = `behaviour.${name}.${param}`;
        for (const t of [spec.label, spec.explanation]) expect(t.sv.length > 0 && t.en.length > 0, where).toBe(true);
        if (spec.kind === 'number') expect(spec.default >= spec.min && spec.default <= spec.max && spec.min < spec.max, where).toBe(true);
      }
    }
  });
});
