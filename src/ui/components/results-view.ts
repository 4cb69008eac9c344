/**
 * The results of the current design: the one-line answer, key figures, and one section per
 * question (cost, providers, flagging, care time, groups, measurement), each with a chart,
 * a sentence and a table. Streams: shows partial results while the run goes on.
 */
import { html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { hashResult, type Scenario } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { formatNumber, formatPercent, formatSekShort } from '../../i18n/format.js';
import type { DesignRun } from '../state/DesignRun.js';
import { designFigures, type DesignFigures } from '../data/designFigures.js';
import { headlineSentence } from '../data/headlineSentence.js';
import { percentileTable } from '../data/percentileTable.js';
import { metricRows, type ShownMetric } from '../data/metricRows.js';
import { budgetSentence } from '../data/costFigure.js';
import { yearsOf } from '../data/perYear.js';
import type { TableData } from '../data/TableData.js';
import { parseLocaleNumber } from '../state/parseLocaleNumber.js';
import './chart-figure.js';
import './data-table.js';
import './export-panel.js';
import './glossary-link.js';
import './convergence-section.js';

@customElement('results-view')
export class ResultsView extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) run: DesignRun | null = null;
  @property({ attribute: false }) scenario: Scenario | null = null;
  @property({ type: Boolean }) stale = false;
  @property({ type: Boolean }) valid = true;
  /** A run is going (the automatic first run included): say so instead of "no results yet". */
  @property({ type: Boolean }) running = false;
  @property({ attribute: false }) budget: number | null = null;
  @state() private budgetText = '';
  @state() private budgetError = false;
  @state() private budgetKronor = false;

  private figures: DesignFigures | null = null;
  private figuresFor: ReadonlyArray<unknown> = [];
  private table: TableData | null = null;
  private rows: ShownMetric[] = [];
  private headline = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('budget') && !this.budgetError) this.budgetText = this.budget === null ? '' : formatNumber(this.budget, this.language, this.budget % 1 ? 1 : 0);
    if (!(changed.has('run') || changed.has('language') || changed.has('budget'))) return;
    const job = this.run?.design;
    if (!job || job.result.runs === 0) {
      this.figures = null;
      return;
    }
    // The baseline streaming in must not redraw the design's charts: rebuild them only when
    // the design's own results, the budget or the language changed.
    const key = [job, this.budget, this.language] as const;
    if (!this.figures || this.figuresFor.some((x, i) => x !== key[i])) {
      this.figures = designFigures(job, this.budget, this.language);
      this.rows = metricRows(job.result, this.figures.years, this.language);
      this.table = percentileTable(this.rows, job.result.runs, this.language);
      this.figuresFor = key;
    }
    const base = this.run?.baseline ?? null;
    this.headline = headlineSentence({
      design: job.result, designYears: this.figures.years,
      baseline: base?.result ?? null, baselineYears: base ? yearsOf(base.scenario.horizonMonths) : 1,
      designIsBaseline: this.run?.designIsBaseline ?? false,
    }, this.language);
  }

  private onBudget(e: Event): void {
    const text = (e.target as HTMLInputElement).value.trim();
    this.budgetText = text;
    if (text === '') {
      this.budgetError = false;
      this.emit('budget-change', { budget: null });
      return;
    }
    let x = parseLocaleNumber(text);
    // "530 000 000" is a budget in kronor typed into a field in millions: read it as 530.
    this.budgetKronor = x !== null && x >= 100_000;
    if (x !== null && this.budgetKronor) x = x / 1e6;
    this.budgetError = x === null || x <= 0;
    if (!this.budgetError) this.emit('budget-change', { budget: x });
  }

  private keyFigure(label: string, mean: string, lo: string, hi: string) {
    return html`<div class="key-figure"><dt>${label}</dt><dd><span class="big">${mean}</span><span class="range">${t(this.language, 'kfRange', { lo, hi })}</span></dd></div>`;
  }

  protected override render() {
    const L = this.language;
    const job = this.run?.design;
    const f = this.figures;
    if (!job || !f) {
        return html`<h1 tabindex="-1" class="view-heading">${t(L, 'viewResults')}</h1>
          <p class="empty" data-testid="results-empty">${this.running ? t(L, 'firstRunGoing', { title: this.scenario?.title[L] ?? '' }) : t(L, 'noResultsYet')}</p>`;
    }
    const m = f.summary.metrics;
    const cost = m['purchaser.totalCost'];
    const partial = !job.complete;
    const budgetLine = budgetSentence(f.costs, this.budget, L);
    // The heading follows the design's name (naming a design does not make its results stale).
    const designTitle = (this.stale ? job.scenario : this.scenario ?? job.scenario).title[L];
    return html`
      <h1 tabindex="-1" class="view-heading">${t(L, 'resultsHeading', { title: designTitle })}</h1>
      ${this.stale ? html`<p class="notice warning">${t(L, 'resultsStale')}</p>` : null}
      ${partial ? html`<p class="notice info">${t(L, 'resultsPartial', { done: formatNumber(job.result.runs, L), total: formatNumber(job.scenario.runs, L) })}</p>` : null}
      <section class="answer" aria-labelledby="answer-h">
        <h2 id="answer-h" class="visually-hidden">${t(L, 'answerHeading')}</h2>
        <p class="headline" data-testid="headline">${this.headline}</p>
        <p class="fine-print">${this.run?.designIsBaseline ? null : html`${t(L, 'headlineBaselineNote')} <glossary-link term="crn" .language=${L}></glossary-link>`}
          ${t(L, 'runsNote', { runs: formatNumber(job.result.runs, L), seed: job.scenario.seed, months: job.scenario.horizonMonths })}
          ${partial ? null : html`<span data-testid="result-hash">${t(L, 'fingerprint', { hash: hashResult(job.result) })}</span>`}</p>
        <dl class="key-figures" aria-label=${t(L, 'keyFigures')}>
          ${this.keyFigure(t(L, 'kfCost'), formatSekShort(cost.mean, L), formatSekShort(cost.p05, L), formatSekShort(cost.p95, L))}
          ${this.keyFigure(t(L, 'kfTrueRate'), formatPercent(m['outcomes.trueRate'].mean, L), formatPercent(m['outcomes.trueRate'].p05, L), formatPercent(m['outcomes.trueRate'].p95, L))}
          ${this.keyFigure(t(L, 'kfLoss'), formatPercent(m['providers.shareWithLoss'].mean, L), formatPercent(m['providers.shareWithLoss'].p05, L), formatPercent(m['providers.shareWithLoss'].p95, L))}
          ${this.keyFigure(t(L, 'kfWrongFlag'), formatPercent(m['measurement.falseFlagRate'].mean, L, 2), formatPercent(m['measurement.falseFlagRate'].p05, L, 2), formatPercent(m['measurement.falseFlagRate'].p95, L, 2))}
        </dl>
      </section>

      <section aria-labelledby="cost-h">
        <h2 id="cost-h">${t(L, 'costHeading')}</h2>
        <div class="budget">
          <div class="budget-row"><label for="budget-input">${t(L, 'budgetLabel')}</label>
          <input id="budget-input" type="text" inputmode="decimal" autocomplete="off" .value=${this.budgetText}
            aria-invalid=${this.budgetError ? 'true' : 'false'} aria-describedby="budget-help budget-out" @change=${this.onBudget} /></div>
          <p id="budget-help" class="help">${this.budgetError ? html`<span class="error-text">${t(L, 'budgetInvalid')}</span>` : this.budgetKronor && this.budget !== null ? t(L, 'budgetAsKronor', { m: formatNumber(this.budget, L, this.budget % 1 ? 1 : 0) }) : t(L, 'budgetHelp')}</p>
          <p id="budget-out" class="budget-answer" aria-live="polite">${budgetLine ?? ''}</p>
        </div>
        <chart-figure ?streaming=${partial} .figure=${f.cost} .language=${L}></chart-figure>
      </section>

      <section aria-labelledby="providers-h">
        <h2 id="providers-h">${t(L, 'providersHeading')} <glossary-link term="margin" .language=${L}></glossary-link></h2>
        <chart-figure ?streaming=${partial} .figure=${f.margin} .language=${L}></chart-figure>
      </section>

      <section aria-labelledby="flags-h">
        <h2 id="flags-h">${t(L, 'flagHeading')} <glossary-link term="flagging" .language=${L}></glossary-link></h2>
        <chart-figure ?streaming=${partial} .figure=${f.flags} .language=${L}></chart-figure>
      </section>

      <section aria-labelledby="care-h">
        <h2 id="care-h">${t(L, 'careHeading')} <glossary-link term="doseResponse" .language=${L}></glossary-link></h2>
        <chart-figure ?streaming=${partial} .figure=${f.care} .language=${L}></chart-figure>
      </section>

      <section aria-labelledby="groups-h">
        <h2 id="groups-h">${t(L, 'groupsHeading')}</h2>
        <chart-figure ?streaming=${partial} .figure=${f.groups} .language=${L}></chart-figure>
      </section>

      <section aria-labelledby="measure-h">
        <h2 id="measure-h">${t(L, 'measureHeading')} <glossary-link term="reliability" .language=${L}></glossary-link></h2>
        <chart-figure ?streaming=${partial} .figure=${f.measurement} .language=${L}></chart-figure>
      </section>

      <section aria-labelledby="table-h">
        <h2 id="table-h">${t(L, 'tableHeading')} <glossary-link term="interval" .language=${L}></glossary-link> <glossary-link term="mcse" .language=${L}></glossary-link></h2>
        <data-table .table=${this.table}></data-table>
      </section>
      <convergence-section .job=${job} .language=${L} ?streaming=${partial}></convergence-section>

      <export-panel .language=${L} .job=${job} .rows=${this.rows} .scenario=${this.scenario} ?valid=${this.valid}></export-panel>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'results-view': ResultsView;
  }
}
