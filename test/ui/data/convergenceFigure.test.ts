/** The Results view's convergence figure: per-run values in chunk order, a band per key figure, and whether more runs would matter. */
import { describe, expect, it } from 'vitest';
import { chunkCount, compileScenario, ResultAssembler, simulateChunk, summarise } from '../../../src/engine.js';
import { checkpointEvery, convergence, convergenceSentence, settledVerdict } from '../../../src/ui/data/convergenceFigure.js';
import { design, designJob } from './fixture.js';

describe('convergence figure', () => {
  it('one series per key figure, ending at the summary mean; the same from chunks assembled in any order', () => {
    const c = convergence(designJob, 'sv');
    expect(c.verdicts.map((v) => v.metric)).toEqual(['purchaser.totalCost', 'outcomes.trueRate', 'providers.shareWithLoss', 'measurement.falseFlagRate']);
    const summary = summarise(designJob.compiled, designJob.result).metrics;
    for (const v of c.verdicts) {
      expect(v.runs).toBe(design.runs);
      expect(v.mean! / summary[v.metric].mean!).toBeCloseTo(1, 9);
      expect(v.halfWidth! / (1.959963984540054 * summary[v.metric].se!)).toBeCloseTo(1, 9);
    }
    // Chunks arriving in reverse (as from a pool of workers) give the same figure.
    const compiled = compileScenario(design);
    const total = chunkCount(compiled.runs);
    const assembler = new ResultAssembler(compiled, total);
    for (let k = total - 1; k >= 0; k--) assembler.add(simulateChunk(compiled, k));
    const again = convergence({ ...designJob, result: assembler.result() }, 'sv');
    expect(again.figure.table.rows).toEqual(c.figure.table.rows);
    expect(c.figure.table.rows.length).toBe(4 * Math.ceil(design.runs / checkpointEvery(design.runs)));
  });

  it('settled within half the display step, last digit within the smallest difference that matters, otherwise more runs', () => {
    expect(settledVerdict(0.4e6, 0.5e6, 5e6)).toBe('settled');
    expect(settledVerdict(0.9e6, 0.5e6, 5e6)).toBe('lastDigit');
    expect(settledVerdict(6e6, 0.5e6, 5e6)).toBe('moreRuns');
    expect(settledVerdict(null, 0.5e6, 5e6)).toBe('unknown');
    expect(checkpointEvery(100)).toBe(25);
    expect(checkpointEvery(10_000) * 40).toBeGreaterThanOrEqual(10_000);
  });

  it('says in both languages whether more runs would change the answer', () => {
    const [cost] = convergence(designJob, 'en').verdicts;
    const en = convergenceSentence({ ...cost, settled: 'settled' }, 'en');
    expect(en).toMatch(/^After 100 runs the Monte Carlo error of Cost per year is ±SEK\s[\d.,]+[km]?; more runs would not change the answer at the shown precision\.$/);
    expect(convergenceSentence({ ...cost, settled: 'moreRuns' }, 'sv')).toMatch(/^Efter 100 körningar .* fler körningar skulle ändra svaret/);
    expect(convergenceSentence(cost, 'en')).toMatch(cost.settled === 'settled' ? /would not change/ : cost.settled === 'lastDigit' ? /last digit/ : /run more/);
  });
});
