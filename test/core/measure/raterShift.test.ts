import { describe, expect, it } from 'vitest';
import { observationModel } from '../../../src/core/measure/ObservationModel.js';
import { normalCdf } from '../../../src/core/rng/normalCdf.js';
import { drawRunParams } from '../../../src/core/compile/drawRunParams.js';
import { compileValid, testScenario } from '../../support/testScenario.js';
import { eachRun } from '../../support/eachRun.js';

const assessment = { model: 'followUpAssessment' } as const;

describe("a segment's rater shift (districts assess differently)", () => {
  it('moves the assessment threshold by the shift, and leaves other measures alone', () => {
    const c = compileValid(testScenario({ measure: assessment }));
    const P = drawRunParams(c, 0).measure;
    const om = observationModel('assessment', P, 0.4);
    const sd = P.interRaterSd;
    expect(om.goodGivenSignal[0]).toBeCloseTo(normalCdf((0 - 0.25 + 0.4) / sd), 12);
    expect(om.goodGivenSignal[2]).toBeCloseTo(normalCdf((1 - 0.25 + 0.4) / sd), 12);
    expect(observationModel('assessment', P, 0).threshold).toBe(0.25);
    expect(observationModel('binary', P, 0.4).goodGivenSignal).toEqual(observationModel('binary', P, 0).goodGivenSignal);
  });

  it('a lenient district records more good outcomes than a strict one with the same providers and clients', () => {
    const seg = (raterShift: number) => ({ service: 'hvbYouth' as const, providers: 10, params: { raterShift } });
    const c = compileValid(testScenario({ runs: 20, measure: assessment, segments: [seg(0.3), seg(-0.3), seg(0)] }));
    let lenient = 0, strict = 0, neutral = 0, nL = 0, nS = 0, nN = 0;
    eachRun(c, (s) => {
      for (let j = 0; j < 30; j++) {
        const x = s.observedTotal[j], m = s.measuredTotal[j];
        if (j < 10) { lenient += x; nL += m; } else if (j < 20) { strict += x; nS += m; } else { neutral += x; nN += m; }
      }
    });
    expect(lenient / nL).toBeGreaterThan(neutral / nN + 0.03);
    expect(strict / nS).toBeLessThan(neutral / nN - 0.03);
  });
});
