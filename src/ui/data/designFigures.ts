/**
 * All figures of the results view for one design, built from its (possibly partial) results:
 * the same function serves streaming updates and the final picture. The flagging figure shows
 * one run in detail and is built from a captured run instead (runFlagFigure).
 */
import { summarise, type Summary } from '../../engine.js';
import { costHistogram } from '../../charts/costHistogram.js';
import { marginHistogram } from '../../charts/marginHistogram.js';
import { careHours } from '../../charts/careHours.js';
import { intervalDots } from '../../charts/intervalDots.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import type { JobResult } from '../run/BatchRunner.js';
import type { FigureModel } from '../chart/FigureModel.js';
import { costDescription, costsInMillions, costTable } from './costFigure.js';
import { marginDescription, marginRows, marginTable } from './providerFigures.js';
import { careDescription, careRows, groupDescription, groupRows, intervalTable, measurementDescription, measurementRows } from './intervalFigures.js';
import { yearsOf } from './perYear.js';

export interface DesignFigures {
  summary: Summary;
  years: number;
  costs: number[];
  cost: FigureModel;
  margin: FigureModel;
  care: FigureModel;
  groups: FigureModel;
  measurement: FigureModel;
}

export function designFigures(job: JobResult, budget: number | null, lang: Lang): DesignFigures {
  const summary = summarise(job.compiled, job.result);
  const years = yearsOf(job.scenario.horizonMonths);
  const costs = costsInMillions(job.result, years);
  const L = (k: Parameters<typeof t>[1]): string => t(lang, k);
  const meanTitle = L('meanTitle');
  const intervalTitle = L('percentileTitle');

  const costDesc = costDescription(job.result, years, lang);
  const cost: FigureModel = {
    id: 'cost', title: L('costTitle'), description: costDesc, table: costTable(job.result, years, lang),
    spec: (width, title) => costHistogram({ width, title, description: costDesc, costs, budget, xTitle: L('costAxis'), yTitle: L('runsAxis'), budgetLabel: L('budgetMark') }),
  };

  const margins = marginRows(summary.providers, lang);
  const marginDesc = marginDescription(summary.providers, summary.metrics['providers.shareWithLoss'], lang);
  const margin: FigureModel = {
    id: 'margin', title: L('marginTitle'), description: marginDesc, table: marginTable(summary.providers, lang),
    spec: (width, title) => marginHistogram({ width, title, description: marginDesc, rows: margins, lossLabel: L('loss'), profitLabel: L('profit'), xTitle: L('marginAxis'), yTitle: L('providersAxis'), legendTitle: L('resultLegend') }),
  };

  const care = careRows(job.result, years, lang);
  const careDesc = careDescription(job.result, years, lang);
  const hours = (x: number): string => formatNumber(x, lang);
  const careFig: FigureModel = {
    id: 'care', title: L('careTitle'), description: careDesc,
    table: intervalTable(L('careTitle'), L('colMeasure'), care, hours, lang),
    spec: (width, title) => careHours({ width, title, description: careDesc, rows: care, xTitle: L('hoursAxis'), meanTitle, intervalTitle }),
  };

  const groups = groupRows(summary, lang);
  const groupDesc = groupDescription(summary, lang);
  const pct = (x: number): string => formatPercent(x, lang);
  const groupsFig: FigureModel = {
    id: 'groups', title: L('groupsTitle'), description: groupDesc,
    table: intervalTable(L('groupsTitle'), L('groupLegend'), groups, pct, lang),
    spec: (width, title) => intervalDots({ width, title, description: groupDesc, rows: groups, xTitle: L('rateAxis'), format: '.0%', domain: [0, 1], meanTitle, intervalTitle, groupTitle: L('groupLegend') }),
  };

  const quality = measurementRows(summary, lang);
  const qualityDesc = measurementDescription(summary, lang);
  const low = Math.min(0, ...quality.map((r) => r.p05).filter(Number.isFinite));
  const two = (x: number): string => formatNumber(x, lang, 2);
  const measurement: FigureModel = {
    id: 'measurement', title: L('measureTitle'), description: qualityDesc,
    table: intervalTable(L('measureTitle'), L('colMeasure'), quality, two, lang),
    spec: (width, title) => intervalDots({ width, title, description: qualityDesc, rows: quality, xTitle: L('valueAxis'), format: '.2f', domain: [Math.floor(low * 10) / 10, 1], meanTitle, intervalTitle }),
  };

  return { summary, years, costs, cost, margin, care: careFig, groups: groupsFig, measurement };
}
