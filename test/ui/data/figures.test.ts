import { describe, expect, it } from 'vitest';
import { designFigures } from '../../../src/ui/data/designFigures.js';
import { runFlagFigure } from '../../../src/ui/data/runFlagFigure.js';
import { captureRun } from '../../../src/engine.js';
import { comparisonCard, differenceFigure } from '../../../src/ui/data/comparisonFigures.js';
import { percentileTable } from '../../../src/ui/data/percentileTable.js';
import { metricRows } from '../../../src/ui/data/metricRows.js';
import { METRICS } from '../../../src/core/index.js';
import { compileClean } from '../../charts/compileClean.js';
import { baselineJob, designJob } from './fixture.js';

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
    const fig = differenceFigure([card, { ...card, design: 'Kopia' }], 'sv');
    expect(compileClean(fig.spec(900)).warnings).toEqual([]);
    expect(fig.table.rows).toHaveLength(12);
  });
});
