import { describe, expect, it } from 'vitest';
import { QI, QUANTITY_COUNT } from '../../../src/engine.js';
import { drawRunParams } from '../../../src/core/compile/drawRunParams.js';
import { observationModel } from '../../../src/core/measure/ObservationModel.js';
import { providerTrueScore } from '../../../src/core/measure/providerTrueScore.js';
import { BehaviourState } from '../../../src/core/behaviour/BehaviourState.js';
import { segmentViews } from '../../../src/core/behaviour/SegmentView.js';
import { Admission, MEASURE_DRAWS } from '../../../src/core/simulate/Admission.js';
import { RunState } from '../../../src/core/state/RunState.js';
import { simulateRun } from '../../../src/core/simulate/simulateRun.js';
import { updateTrueScores } from '../../../src/core/simulate/TrueScores.js';
import { gridIndex, gridPoint } from '../../../src/core/rng/gridCut.js';
import { normalQuantile } from '../../../src/core/rng/normalQuantile.js';
import { compiledTestScenario, type ScenarioOverrides } from '../../support/testScenario.js';

const LAST = 2 ** 32 - 1;
const base: ScenarioOverrides = { runs: 3, horizonMonths: 24, segments: [{ service: 'hvbYouth', providers: 6 }] };

function admissionFor(overrides: ScenarioOverrides): { a: Admission; om: ReturnType<typeof observationModel> } {
  const c = compiledTestScenario({ ...base, ...overrides });
  const P = drawRunParams(c, 0);
  const om = observationModel(c.measure.model.kind, P.measure);
  const s = new RunState(c.providerCount, P.sections.care.warmUpMonths, c.horizonMonths, c.periodMonths);
  return { a: new Admission(c, P, 0, s, new BehaviourState(c.providerCount, s.effect), om, null, 1), om };
}

describe('Admission', () => {
  it('replaces the rating and assessment noise test by cut points, exact near each cut and on a dense grid', () => {
    for (const measure of [{ model: 'ihfRating' }, { model: 'followUpAssessment' }, { model: 'followUpAssessment', params: { genderBias: 0.2, successLevel: 'veryGood' } }] as const) {
      const { a, om } = admissionFor({ measure });
      for (let signal = 0; signal < 2; signal++) {
        for (let female = 0; female < 2; female++) {
          // The kernel's expression before the cut points replaced it.
          const recorded = (u: number): boolean => signal + female * om.femaleShift - om.threshold + om.noiseSd * normalQuantile(u) > 0;
          const cut = a.noiseCut[2 * signal + female];
          const k = Math.min(LAST, gridIndex(cut));
          let mismatches = 0;
          for (let i = Math.max(0, k - 50); i <= Math.min(LAST, k + 50); i++) if ((gridPoint(i) >= cut) !== recorded(gridPoint(i))) mismatches++;
          for (let i = 0; i <= LAST; i += 1_000_003) if ((gridPoint(i) >= cut) !== recorded(gridPoint(i))) mismatches++;
          expect({ measure: measure.model, signal, female, mismatches }).toEqual({ measure: measure.model, signal, female, mismatches: 0 });
        }
      }
    }
  });

  it('draws the measure kind\'s uniforms per referral: binary 3, rating 6, assessment 3, plus the risk draw', () => {
    expect(admissionFor({ measure: { model: 'lowerIntervention' } }).a.measureDrawCount).toBe(MEASURE_DRAWS.binary);
    expect(admissionFor({ measure: { model: 'ihfRating' } }).a.measureDrawCount).toBe(MEASURE_DRAWS.rating);
    expect(admissionFor({ measure: { model: 'followUpAssessment' } }).a.measureDrawCount).toBe(MEASURE_DRAWS.assessment);
    expect(MEASURE_DRAWS).toEqual({ binary: 4, rating: 7, assessment: 4 });
  });

  it('keeps each provider\'s e^−δ in step with its effects', () => {
    const { a } = admissionFor({});
    for (let j = 0; j < 6; j++) {
      expect(a.expMinusEffect[j]).toBe(Math.exp(-a.s.effect[j]));
      expect(a.expMinusEffectFull[j]).toBe(Math.exp(-a.s.effectFull[j]));
    }
  });
});

describe('common random numbers with the measure draws', () => {
  it('the same measure with and without risk adjustment records exactly the same observations', () => {
    for (const model of ['lowerIntervention', 'ihfRating', 'followUpAssessment'] as const) {
      const plain = compiledTestScenario({ ...base, measure: { model } });
      const adjusted = compiledTestScenario({ ...base, measure: { model }, riskAdjustment: { enabled: true } });
      for (let r = 0; r < 3; r++) {
        const a = new Float64Array(QUANTITY_COUNT), b = new Float64Array(QUANTITY_COUNT);
        const sa = simulateRun(plain, r, a, 0), sb = simulateRun(adjusted, r, b, 0);
        expect({ model, r, v: [b[QI['n.observed']], b[QI['n.measured']]] }).toEqual({ model, r, v: [a[QI['n.observed']], a[QI['n.measured']]] });
        expect(Array.from(sb.measured)).toEqual(Array.from(sa.measured));
        expect(Array.from(sb.observed)).toEqual(Array.from(sa.observed));
      }
    }
  });
});

describe('updateTrueScores', () => {
  it('gives providerTrueScore for every provider, also when it reuses an earlier run\'s scores', () => {
    const c = compiledTestScenario({ ...base, segments: [{ service: 'hvbYouth', providers: 4 }, { service: 'hvbAdultAddiction', providers: 3 }] });
    for (const run of [0, 1, 1, 2]) {
      const P = drawRunParams(c, run);
      const om = observationModel(c.measure.model.kind, P.measure);
      const views = segmentViews(c, P, om, 1);
      const needScale = P.segments.map((seg) => Math.sqrt(1 - seg.caseMixSd * seg.caseMixSd));
      const s = new RunState(c.providerCount, 12, c.horizonMonths, c.periodMonths);
      for (let j = 0; j < c.providerCount; j++) { s.effect[j] = 0.1 * j + run; s.needMean[j] = 0.05 * j; }
      updateTrueScores(c, om, views, needScale, s);
      for (let j = 0; j < c.providerCount; j++) {
        const g = c.providerSegment[j];
        expect(s.trueScoreRate[j]).toBe(providerTrueScore(om, views[g], s.needMean[j], needScale[g], s.effect[j]));
      }
    }
  });
});
