/**
 * The printable report: one page per comparison (each design against its baseline) with the
 * question, the designs, what the comparison assumes (provider behaviours, every way the two
 * differ besides the rule), the headline differences with both levels, the key chart, the same
 * differences if providers do not respond and if they do (when Compare ran that pair), the
 * assumptions that differ, and the seed, run count, engine version and date. Print (or Save as
 * PDF) gives clean pages.
 */
import { html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { ENGINE } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { localeOf } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { formatNumber } from '../../i18n/format.js';
import type { ComparisonRun } from '../state/ComparisonRun.js';
import type { DesignRun } from '../state/DesignRun.js';
import type { JobResult } from '../run/BatchRunner.js';
import { comparisonCard, differenceFigure, type CardModel } from '../data/comparisonFigures.js';
import { assumptionRows, type AssumptionRow } from '../data/assumptionRows.js';
import { respondPairs, type RespondPair } from '../data/respondPairs.js';
import { describeDesign } from '../data/describeDesign.js';
import type { FigureModel } from '../chart/FigureModel.js';
import './chart-figure.js';

interface Page {
  card: CardModel;
  figure: FigureModel;
  assumptions: AssumptionRow[];
  baseline: JobResult;
  design: JobResult;
  /** The design if providers do not respond and if they do; null when Compare did not run the pair. */
  respond: RespondPair | null;
}

@customElement('report-view')
export class ReportView extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) comparison: ComparisonRun | null = null;
  @property({ attribute: false }) designRun: DesignRun | null = null;
  private pages: Page[] = [];
  private date = new Date();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('comparison') && !changed.has('designRun') && !changed.has('language')) return;
    const L = this.language;
    const pairs: Array<[JobResult, JobResult, RespondPair | null]> = [];
    const c = this.comparison;
    const responding = respondPairs(c, L);
    if (c?.baseline) {
      c.designs.forEach((d, i) => { if (d.result.runs > 0) pairs.push([d, c.baseline!, responding.find((p) => p.designIndex === i) ?? null]); });
    }
    const r = this.designRun;
    if (!pairs.length && r?.design && r.baseline && r.baseline.result.runs > 0) pairs.push([r.design, r.baseline, null]);
    this.date = c?.finishedAt ?? new Date();
    this.pages = pairs.map(([design, baseline, respond], i) => {
      const card = comparisonCard(design, baseline, L);
      return { card, design, baseline, respond, figure: differenceFigure([card], L, `report-${i}`), assumptions: assumptionRows(baseline.scenario, design.scenario, L) };
    });
  }

  /** A design described from what it is (rule, measure, period, market, behaviours), never from a source's story. */
  private describe(job: JobResult) {
    const L = this.language;
    const s = job.scenario;
    return html`<strong>${s.title[L]}</strong>: ${describeDesign(s, L)}`;
  }

  /** The headline differences in each column of the respond pair, and which behaviours the second assumes. */
  private respondTable(pair: RespondPair, base: string) {
    const L = this.language;
    const keys: string[] = [];
    for (const col of [...pair.columns].reverse()) for (const row of col.card.rows) if (!keys.includes(row.key)) keys.push(row.key);
    const label = (key: string) => pair.columns.flatMap((col) => col.card.rows).find((row) => row.key === key)?.label ?? key;
    const heading = (col: RespondPair['columns'][number]) => t(L, col.assumption === 'still' ? 'ifStill' : 'ifRespond');
    const respond = pair.columns.find((col) => col.assumption === 'respond');
    // The verdict in words as on the cards, not only in colour (and a grey print keeps it).
    const verdictText = { better: t(L, 'better'), worse: t(L, 'worse'), same: t(L, 'noClearDifference'), unknown: t(L, 'cannotBeComputed') };
    const id = `report-respond-h-${pair.designIndex}`;
    return html`<section class="report-respond" aria-labelledby=${id}><h3 id=${id}>${t(L, 'pairsHeading')}</h3>
      <p>${t(L, 'pairsIntro', { base })}</p>
      <table class="report-table" data-testid="report-respond-pair">
        <thead><tr><th scope="col">${t(L, 'colMeasure')}</th>${pair.columns.map((col) => html`<th scope="col" class="num" data-assumption=${col.assumption}>${heading(col)}<span class="levels-head">${t(L, 'levelsLabel')}</span></th>`)}</tr></thead>
        <tbody>${keys.map((key) => html`<tr data-metric=${key}><th scope="row">${label(key)}</th>${pair.columns.map((col) => {
          const row = col.card.rows.find((x) => x.key === key);
          return row
            ? html`<td class="num ${row.verdict}" data-assumption=${col.assumption} data-label=${heading(col)}>${row.value} <span class="verdict">(${verdictText[row.verdict]})</span>${row.levels ? html`<span class="levels">${row.levels}</span>` : null}</td>`
            : html`<td class="num" data-assumption=${col.assumption} data-label=${heading(col)}><span aria-hidden="true">–</span><span class="visually-hidden">${t(L, 'notApplicable')}</span></td>`;
        })}</tr>`)}</tbody>
      </table>
      ${respond ? respond.card.behaviours.map((b) => html`<p class="behaviours" data-testid="report-respond-behaviours">${b}</p>`) : null}</section>`;
  }

  protected override render() {
    const L = this.language;
    const date = new Intl.DateTimeFormat(localeOf(L), { dateStyle: 'long', timeStyle: 'short' }).format(this.date);
    return html`
      <div class="screen-only">
        <h1 tabindex="-1" class="view-heading">${t(L, 'reportHeading')}</h1>
        <p class="intro">${t(L, 'reportIntro')}</p>
        <button type="button" class="primary" ?disabled=${!this.pages.length} @click=${() => window.print()}>${t(L, 'print')}</button>
      </div>
      ${this.pages.length === 0 ? html`<p class="empty">${t(L, 'reportNone')}</p>` : null}
      ${this.pages.map((p, i) => html`<article class="report-page" aria-labelledby=${`report-h-${i}`}>
        <h2 id=${`report-h-${i}`}>${t(L, 'compareVs', { design: p.card.design, base: p.card.baseline })}</h2>
        <h3>${t(L, 'reportQuestion')}</h3>
        <p>${t(L, 'reportQuestionText', { design: p.card.design, base: p.card.baseline })}</p>
        <h3>${t(L, 'reportDesigns')}</h3>
        <ul class="designs"><li>${t(L, 'reportBaseline')}: ${this.describe(p.baseline)}</li><li>${t(L, 'reportDesign')}: ${this.describe(p.design)}</li></ul>
        <h3>${t(L, 'reportAssumed')}</h3>
        <div class="report-notes">
          ${p.card.behaviours.map((b) => html`<p class="behaviours" data-testid="report-behaviours">${b}</p>`)}
          ${p.card.warnings.length ? html`<p class="warnings-label">${t(L, 'warningsHeading')}:</p>
            <ul class="warnings" data-testid="report-warnings">${p.card.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : null}
        </div>
        <h3>${t(L, 'reportHeadline')}</h3>
        <table class="report-table">
          <thead><tr><th scope="col">${t(L, 'colMeasure')}</th><th scope="col" class="num">${t(L, 'colDifference')}<span class="levels-head">${t(L, 'levelsLabel')}</span></th><th scope="col">${t(L, 'colInterval')}</th><th scope="col">${t(L, 'reportMeaning')}</th></tr></thead>
          <tbody>${p.card.rows.map((r) => html`<tr class=${r.verdict} data-metric=${r.key}><th scope="row">${r.label}</th><td class="num" data-label=${t(L, 'colDifference')}>${r.value}${r.levels ? html`<span class="levels">${r.levels}</span>` : null}</td><td data-label=${t(L, 'colInterval')}>${r.interval.replace(/^[^:]*:\s*/, '')}</td><td data-label=${t(L, 'reportMeaning')}>${r.sentence}</td></tr>`)}</tbody>
        </table>
        <chart-figure .figure=${p.figure} .language=${L}></chart-figure>
        ${p.respond ? this.respondTable(p.respond, p.card.baseline) : null}
        <h3>${t(L, 'reportAssumptions')}</h3>
        <table class="report-table">
          <thead><tr><th scope="col">${t(L, 'colParameter')}</th><th scope="col">${p.card.baseline}</th><th scope="col">${p.card.design}</th></tr></thead>
          <tbody>${p.assumptions.map((a) => html`<tr><th scope="row">${a.label}</th><td data-label=${p.card.baseline}>${a.baseline}</td><td data-label=${p.card.design}>${a.design}</td></tr>`)}</tbody>
        </table>
        <p class="report-meta">${t(L, 'reportMeta', { seed: p.baseline.scenario.seed, runs: formatNumber(p.card.runs, L), engine: `${ENGINE.name} ${ENGINE.version}`, date })}
          · ${t(L, 'reportPage', { n: i + 1, total: this.pages.length })}</p>
      </article>`)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'report-view': ReportView;
  }
}
