import { describe, expect, it } from 'vitest';
import { segmentSpecs, services } from '../../../models/index.js';
import { checkParams } from '../../../src/core/scenario/checkParams.js';
import { simulateScenario, summarise } from '../../../src/engine.js';
import { compiledTestScenario } from '../../support/testScenario.js';
import { cohortOf, meanGood } from '../../support/cohortClosedForms.js';

describe('service models (models/services)', () => {
  it('ships the four services: HVB youth, HVB adult addiction, IHF family therapy, TFCO', () => {
    expect(Object.keys(services).sort()).toEqual(['familyTherapyIhf', 'hvbAdultAddiction', 'hvbYouth', 'tfco']);
  });

  for (const [id, s] of Object.entries(services)) {
    describe(id, () => {
      it('is labelled and sourced, with defaults a scenario could set', () => {
        expect(s.id).toBe(id);
        for (const t of [s.label, s.explanation]) expect(t.sv.length > 0 && t.en.length > 0).toBe(true);
        expect(s.source.length).toBeGreaterThan(0);
        expect(checkParams(s.defaults as Record<string, number>, segmentSpecs, `services.${id}.defaults`)).toEqual([]);
      });

      it('has age bands with positive shares summing to 1 and distinct ids', () => {
        const shares = s.ageBands.map((b) => b.share);
        expect(shares.every((x) => x > 0)).toBe(true);
        expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(new Set(s.ageBands.map((b) => b.id)).size).toBe(s.ageBands.length);
      });

      it('the service helps on average: mean P(good) with the average provider exceeds the counterfactual', () => {
        const c = cohortOf(id);
        expect(meanGood(c, s.defaults.qualityMean!)).toBeGreaterThan(meanGood(c, 0));
      });

      it('under today\'s per diem the average provider\'s margin lies in the plausible 0–25 % range (docs/model.md)', () => {
        const c = compiledTestScenario({ runs: 20, horizonMonths: 24, segments: [{ service: id, providers: 10 }] });
        const margin = summarise(c, simulateScenario(c)).metrics['providers.marginMean'];
        expect(margin.mean!).toBeGreaterThan(0);
        expect(margin.mean!).toBeLessThan(0.25);
      });
    });
  }
});
