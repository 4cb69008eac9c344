import { describe, expect, it } from 'vitest';
import { measureKindParams, measureSpecs, measures } from '../../../models/index.js';
import { defaultsOf } from '../../../src/core/model/ParamSpec.js';
import type { MeasureParams } from '../../../src/core/model/MeasureModel.js';
import { goodGivenCounted, observationModel } from '../../../src/core/measure/ObservationModel.js';
import { checkParams } from '../../../src/core/scenario/checkParams.js';

describe('measure models (models/measures)', () => {
  it('ships the motion\'s four measures and the follow-up model\'s two', () => {
    expect(Object.keys(measures).sort()).toEqual(['carePlanGoals', 'clientChange', 'followUpAssessment', 'ihfRating', 'lowerIntervention', 'tfcoLighter']);
  });

  for (const [id, m] of Object.entries(measures)) {
    describe(id, () => {
      it('is labelled, explained and sourced in sv and en', () => {
        expect(m.id).toBe(id);
        for (const t of [m.label, m.explanation, ...(m.wording ? [m.wording] : [])]) expect(t.sv.length > 0 && t.en.length > 0).toBe(true);
        expect(m.source.length).toBeGreaterThan(0);
      });

      it('sets only parameters of its kind, each within the spec (as a scenario would be checked)', () => {
        const issues = checkParams(m.defaults as Record<string, number | string>, measureSpecs, `measures.${id}`, { names: measureKindParams[m.kind], kind: m.kind });
        expect(issues).toEqual([]);
      });

      it('is informative at its defaults: a true good outcome is more often recorded good, for both sexes', () => {
        const p: MeasureParams = { ...defaultsOf(measureSpecs), ...m.defaults };
        const om = observationModel(m.kind, p);
        for (let f = 0; f < 2; f++) expect(goodGivenCounted(om, 1, f) - goodGivenCounted(om, 0, f)).toBeGreaterThan(0.05);
      });
    });
  }

  it('rating measures count satisfied clients more often than dissatisfied ones (outcome-dependent non-response)', () => {
    for (const m of Object.values(measures).filter((x) => x.kind === 'rating')) {
      const om = observationModel('rating', { ...defaultsOf(measureSpecs), ...m.defaults });
      expect(om.countedGivenTrue[1]).toBeGreaterThan(om.countedGivenTrue[0]);
      // The response rate of the satisfied is the spec's response rate, less "don't know".
      expect(om.countedGivenSignal[1]).toBeCloseTo(m.defaults.responseRate! * (1 - m.defaults.dontKnowShare!), 12);
    }
  });
});
