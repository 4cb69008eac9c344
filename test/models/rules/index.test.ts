import { describe, expect, it } from 'vitest';
import { rules } from '../../../models/rules/index.js';

describe('rule catalogue', () => {
  it('holds rules 1–6 (and any later ones) under their own ids', () => {
    expect(Object.keys(rules)).toEqual(expect.arrayContaining(['perDiem', 'outcomeBonus', 'withhold', 'thresholdBonus', 'riskCorridor', 'tournament']));
    for (const [id, rule] of Object.entries(rules)) expect(rule.id).toBe(id);
  });

  it('every rule has sv/en label and explanation, and parameters whose defaults their specs allow', () => {
    for (const rule of Object.values(rules)) {
      for (const t of [rule.label, rule.explanation]) expect(t.sv.length > 0 && t.en.length > 0).toBe(true);
      for (const [name, spec] of Object.entries(rule.params)) {
        for (const t of [spec.label, spec.explanation]) expect({ rule: rule.id, name, ok: t.sv.length > 0 && t.en.length > 0 }).toEqual({ rule: rule.id, name, ok: true });
        if (spec.kind === 'number') expect({ rule: rule.id, name, ok: spec.default >= spec.min && spec.default <= spec.max && spec.min < spec.max }).toEqual({ rule: rule.id, name, ok: true });
        if (spec.kind === 'choice') expect(spec.options.map((o) => o.value)).toContain(spec.default);
      }
    }
  });
});
