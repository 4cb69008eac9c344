import { describe, expect, it } from 'vitest';
import { headlineSentence } from '../../../src/ui/data/headlineSentence.js';
import { baselineJob, designJob } from './fixture.js';

describe('headlineSentence', () => {
  it('answers in one line: extra cost per year, providers at a loss, wrong flags', () => {
    const s = headlineSentence({ design: designJob.result, designYears: 2, baseline: baselineJob.result, baselineYears: 2, designIsBaseline: false }, 'sv');
    expect(s).toMatch(/^Med den här utformningen betalar staden [\d,]+\u00a0miljoner kronor (mer|mindre) per år än med dagens dygnsersättning; [\d,]+\u00a0% av utförarna skulle gå med förlust i en genomsnittlig körning; godtagbara utförare flaggas felaktigt i [\d,]+\u00a0% av betalningsperioderna\.$/);
  });
  it('gives absolute figures for today\'s rule and while the baseline is still running', () => {
    expect(headlineSentence({ design: baselineJob.result, designYears: 2, baseline: null, baselineYears: 2, designIsBaseline: true }, 'en')).toMatch(/^Under today's per diem the city pays SEK/);
    expect(headlineSentence({ design: designJob.result, designYears: 2, baseline: null, baselineYears: 2, designIsBaseline: false }, 'en')).toMatch(/is being computed\.$/);
  });
});
