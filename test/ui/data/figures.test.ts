import { describe, expect, it } from 'vitest';
import { designFigures } from '../../../src/ui/data/designFigures.js';
import { runFlagFigure } from '../../../src/ui/data/runFlagFigure.js';
import { captureRun } from '../../../src/engine.js';
import { comparisonCard, differenceFigure } from '../../../src/ui/data/comparisonFigures.js';
import { percentileTable } from '../../../src/ui/data/percentileTable.js';
import { metricRows } from '../../../src/ui/data/metricRows.js';
import { METRICS } from '../../../src/core/index.js';
import { compileClean } from '../../charts/compileClean.js';
import { baselineJob, designJob, job } from './fixture.js';
import { describePerYear } from '../../../src/ui/data/perYear.js';
import { formatNumber } from '../../../src/i18n/format.js';
import { baselineFor } from '../../../src/ui/state/baselineFor.js';
import { design } from './fixture.js';

describe('the figures of the page', () => {
  it.each(['sv', 'en'] as const)('every results chart compiles without warnings, narrow and wide, with and without a title (%s)', (lang) => {
    const f = designFigures(designJob, 530, lang);
    for (const fig of [f.cost, f.margin, runFlagFigure(captureRun(designJob.compiled, 3), 0, lang), runFlagFigure(captureRun(designJob.compiled, 3), 'contract', lang), f.care, f.groups, f.measurement]) {
      for (const width of [340, 1000]) {
        expect({ id: fig.id, warnings: compileClean(fig.spec(width)).warnings }).toEqual({ id: fig.id, warnings: [] });
        expect(compileClean(fig.spec(width, fig.title)).warnings).toEqual([]);
      }
      expect(fig.description.length).toBeGreaterThan(20);
      expect(fig.table.rows.length).toBeGreaterThan(0);
      for (const row of fig.table.rows) expect(row).toHaveLength(fig.table.headers.length);
    }
  });
  it('has one percentile row per metric', () => {
    expect(percentileTable(metricRows(designJob.result, 2, 'sv'), designJob.result.runs, 'sv').rows).toHaveLength(METRICS.length);
  });
  it('builds a comparison card with six figures and a dot-plot that compiles', () => {
    const card = comparisonCard(designJob, baselineJob, 'sv');
    expect(card.rows.map((r) => r.key)).toEqual(['cost', 'trueRate', 'attributable', 'loss', 'wrongFlag', 'adminHours']);
    // Thirty extra minutes per follow-up take care hours: the card must say so.
    const admin = card.rows.find((r) => r.key === 'adminHours')!;
    expect(admin.difference.meanDiff!).toBeGreaterThan(0);
    expect(admin.sentence).toMatch(/fler vårdtimmar per år går till uppföljning/);
    // The levels are the two scenarios' own per-year means, the difference between them.
    const cost = card.rows.find((r) => r.key === 'cost')!;
    const mnkr = (x: number): string => formatNumber(x / 1e6, 'sv', 1);
    expect(cost.levels).toBe(`${mnkr(describePerYear(baselineJob.result, 'purchaser.totalCost', 2).mean!)} → ${mnkr(describePerYear(designJob.result, 'purchaser.totalCost', 2).mean!)} mnkr per år`);
    // No behaviour is on: the card says providers were assumed not to react, and no unmeasured row.
    expect(card.behaviours).toEqual([expect.stringMatching(/^Antagande: utförarna antas inte reagera/)]);
    // The derived per diem has no extra follow-up minutes: the card says the follow-up differs.
    expect(card.warnings).toEqual([expect.stringMatching(/^Avsnittet ”Uppföljning” har andra värden/)]);
    const fig = differenceFigure([card, { ...card, design: 'Kopia' }], 'sv');
    expect(compileClean(fig.spec(900)).warnings).toEqual([]);
    expect(fig.table.rows).toHaveLength(12);
  });
  it('puts what the measure does not see beside the true outcomes when multitasking is on', () => {
    const multi = { ...design, runs: 40, behaviour: { multitasking: { enabled: true } } };
    const card = comparisonCard(job(multi), job({ ...baselineFor(multi), behaviour: { multitasking: { enabled: true } } }), 'en');
    expect(card.rows.map((r) => r.key)).toEqual(['cost', 'trueRate', 'unmeasured', 'attributable', 'loss', 'wrongFlag', 'adminHours']);
    const row = card.rows.find((r) => r.key === 'unmeasured')!;
    expect(row.label).toBe('What the measure does not see: no relapse after discharge');
    expect(row.levels).toMatch(/^\d+\.\d% → \d+\.\d%$/);
    expect(card.behaviours[0]).toBe('Provider behaviours switched on, both in Bonus and in Today\'s per diem: Measured versus unmeasured quality.');
  });
});
