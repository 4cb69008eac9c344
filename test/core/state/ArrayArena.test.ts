import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArrayArena } from '../../../src/core/state/ArrayArena.js';
import { RunState } from '../../../src/core/state/RunState.js';
import { BehaviourState } from '../../../src/core/behaviour/BehaviourState.js';
import { Admission } from '../../../src/core/simulate/Admission.js';
import { compileScenario, type Scenario } from '../../../src/engine.js';
import { drawRunParams } from '../../../src/core/compile/drawRunParams.js';
import { observationModel } from '../../../src/core/measure/ObservationModel.js';
import { tinyScenario } from '../../cli/tinyScenario.js';

describe('ArrayArena', () => {
  it('carves zeroed, disjoint, aligned arrays of the asked lengths, within the bytes it was sized for', () => {
    fc.assert(fc.property(fc.array(fc.record({ kind: fc.constantFrom('f64', 'i32', 'u8'), n: fc.nat(40) }), { maxLength: 12 }), (asks) => {
      const total = (k: string): number => asks.filter((a) => a.kind === k).reduce((s, a) => s + a.n, 0);
      const arena = new ArrayArena(ArrayArena.bytes(total('f64'), total('i32'), total('u8'), asks.length));
      const arrays = asks.map((a) => (a.kind === 'f64' ? arena.f64(a.n) : a.kind === 'i32' ? arena.i32(a.n) : arena.u8(a.n)));
      arrays.forEach((x, i) => {
        expect(x.length).toBe(asks[i].n);
        expect(x.byteOffset % 8).toBe(0);
        expect(Array.from(x).every((v) => v === 0)).toBe(true);
        x.fill(i + 1);
      });
      // Writing each array with its own number left every other one intact.
      arrays.forEach((x, i) => expect(Array.from(x).every((v) => v === i + 1)).toBe(true));
      return arena.overflows === 0;
    }));
  });

  it('makes an array that does not fit on its own, and counts it', () => {
    const small = new ArrayArena(16);
    expect(small.f64(2).length).toBe(2);
    const extra = small.f64(3);
    expect([extra.length, extra.byteOffset, small.overflows]).toEqual([3, 0, 1]);
  });

  it("holds every array of a run's state and admission (no overflow) for differently shaped scenarios", () => {
    const shapes: Scenario[] = [
      tinyScenario(),
      tinyScenario({ horizonMonths: 7, payment: { rule: 'perDiem', settings: { period: 'year' } } }),
      tinyScenario({ segments: [{ service: 'hvbYouth', providers: 3 }, { service: 'tfco', providers: 11 }], measure: { model: 'ihfRating' } }),
    ];
    for (const scenario of shapes) {
      const c = compileScenario(scenario);
      const P = drawRunParams(c, 0);
      const s = new RunState(c.providerCount, P.sections.care.warmUpMonths, c.horizonMonths, c.periodMonths);
      const beh = new BehaviourState(c.providerCount, s.effect);
      const admission = new Admission(c, P, 0, s, beh, observationModel(c.measure.model.kind, P.measure), null, 1);
      expect([scenario.horizonMonths, s.arena.overflows, admission.arena.overflows]).toEqual([scenario.horizonMonths, 0, 0]);
    }
  });
});
