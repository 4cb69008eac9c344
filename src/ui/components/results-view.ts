/**
 * The results of the current design: the one-line answer, key figures, and one section per
 * question (cost, providers, flagging, care time, groups, measurement), each with a chart,
 * a sentence and a table. Streams: shows partial results while the run goes on.
 */
import { html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { ENGINE, hashResult, type CapturedRun, type Scenario } from '../../engine.js';
import { localeOf } from '../../i18n/Lang.js';
import { assumptionRows } from '../data/assumptionRows.js';
import { describeDesign } from '../data/describeDesign.js';
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
import type { FigureModel } from '../chart/FigureModel.js';
import { runFlagFigure, type PeriodChoice } from '../data/runFlagFigure.js';
import type { JobResult } from '../run/BatchRunner.js';
import { RunCapturer } from '../../worker/RunCapturer.js';
import { RunPicker } from '../state/runPicker.js';
import { spawnBrowserWorker } from '../../worker/spawnBrowserWorker.js';
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
  /** The run (1-based) and period the flagging figure shows; the run is simulated again in a worker. */
  @state() private shownRun = 1;
  private readonly picker = new RunPicker(0);
  @state() private shownPeriod: PeriodChoice = 0;
  @state() private captured: CapturedRun | null = null;
  @state() private capturing = false;
  @state() private captureError: string | null = null;

  private capturer: RunCapturer | null = null;
  /** The design (its content key) and run last asked for, so a redraw does not ask again. */
  private askedFor: { key: string; run: number } | null = null;
  private runFigure: FigureModel | null = null;
  private runFigureFor: ReadonlyArray<unknown> = [];

  /** When the shown results came in (printed with them). */
  private resultsDate = new Date();
  private figures: DesignFigures | null = null;
  private figuresFor: ReadonlyArray<unknown> = [];
  private table: TableData | null = null;
  private rows: ShownMetric[] = [];
  private headline = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before anything is drawn, so another design's results never show the last design's run.
    this.askForRun();
    if (changed.has('budget') && !this.budgetError) this.budgetText = this.budget === null ? '' : formatNumber(this.budget, this.language, this.budget % 1 ? 1 : 0);
    if (!(changed.has('run') || changed.has('language') || changed.has('budget') || changed.has('captured' as keyof ResultsView) || changed.has('shownPeriod' as keyof ResultsView))) return;
    const job = this.run?.design;
    if (!job || job.result.runs === 0) {
      this.figures = null;
      return;
    }
    // The baseline streaming in must not redraw the design's charts: rebuild them only when
    // the design's own results, the budget or the language changed.
    const key = [job, this.budget, this.language] as const;
    if (!this.figures || this.figuresFor.some((x, i) => x !== key[i])) {
      if (this.figuresFor[0] !== job) this.resultsDate = new Date();
      this.figures = designFigures(job, this.budget, this.language);
      this.rows = metricRows(job.result, this.figures.years, this.language, job.compiled.markets);
      this.table = percentileTable(this.rows, job.result.runs, this.language);
      this.figuresFor = key;
    }
    const base = this.run?.baseline ?? null;
    const runKey = [this.captured, this.shownPeriod, this.language] as const;
    if (!this.captured) this.runFigure = null;
    else if (!this.runFigure || this.runFigureFor.some((x, i) => x !== runKey[i])) {
      const periods = this.captured.periods;
      if (typeof this.shownPeriod === 'number' && this.shownPeriod >= periods) this.shownPeriod = 0;
      this.runFigure = runFlagFigure(this.captured, this.shownPeriod, this.language);
      this.runFigureFor = [this.captured, this.shownPeriod, this.language];
    }
    this.headline = headlineSentence({
      design: job.result, designYears: this.figures.years,
      baseline: base?.result ?? null, baselineYears: base ? yearsOf(base.scenario.horizonMonths) : 1,
      designIsBaseline: this.run?.designIsBaseline ?? false,
    }, this.language);
  }

  /**
   * Every chart of a complete result is on screen: the design's charts and the one-run
   * flagging chart (simulated again in a worker after the design's runs; it is one of the
   * charts the user waits for, so Run → last chart includes it when it has to be drawn anew).
   */
  get chartsSettled(): boolean {
    const job = this.run?.design;
    if (this.isUpdatePending || this.running || !job?.complete || this.capturing) return false;
    if (!this.runFigure && !this.captureError) return false;
    // The convergence section hands its chart a new figure in its own update.
    if ([...this.querySelectorAll('convergence-section')].some((c) => c.isUpdatePending)) return false;
    return [...this.querySelectorAll('chart-figure')].every((c) => c.drawn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.capturer?.dispose();
    this.capturer = null;
    this.askedFor = null;
  }

  /**
   * Once the design's runs are in (or the batch stopped), ask a worker for the chosen run in
   * detail. A run depends only on the design's content, so the capture is kept while the same
   * design is run again and dropped as soon as another design's results come in.
   */
  private askForRun(): void {
    const design = this.run;
    const job = design?.design;
    if (!design || !job || job.result.runs === 0) return;
    if (this.askedFor && this.askedFor.key !== design.key) {
      this.askedFor = null;
      this.captured = null;
      this.captureError = null;
    }
    if (this.running && !job.complete) return;
    const run = Math.min(this.shownRun, job.result.runs);
    if (this.askedFor?.key === design.key && this.askedFor.run === run) return;
    const asked = { key: design.key, run };
    this.askedFor = asked;
    this.shownRun = run;
    this.capturing = true;
    this.captureError = null;
    this.capturer ??= new RunCapturer(spawnBrowserWorker);
    this.capturer.capture(job.scenario, run - 1).then((r) => {
      if (!r || this.askedFor !== asked) return;
      this.captured = r;
      this.capturing = false;
    }, (e: unknown) => {
      if (this.askedFor !== asked) return;
      this.capturing = false;
      this.captureError = e instanceof Error ? e.message : String(e);
    });
  }

  private onRunNumber(e: Event): void {
    const input = e.target as HTMLInputElement;
    const runs = this.run?.design?.result.runs ?? 1;
    const x = Math.round(Number(input.value));
    this.shownRun = Number.isFinite(x) ? Math.min(runs, Math.max(1, x)) : this.shownRun;
    input.value = String(this.shownRun);
  }

  /** Another run (the runs are exchangeable), from the picker's seeded stream. */
  private anotherRun(): void {
    const design = this.run?.design;
    if (!design) return;
    this.shownRun = this.picker.next(Math.min(this.shownRun, design.result.runs), design.result.runs, design.scenario.seed);
  }

  private onPeriod(e: Event): void {
    const v = (e.target as HTMLSelectElement).value;
    this.shownPeriod = v === 'contract' ? 'contract' : Number(v);
  }

  private runPicker(job: JobResult) {
    const L = this.language;
    const periodMonths = job.compiled.periodMonths, horizon = job.compiled.horizonMonths;
    const periods = Math.ceil(horizon / periodMonths);
    const status = this.captureError ? t(L, 'runCaptureFailed', { error: this.captureError })
      : this.running && !job.complete ? t(L, 'runCaptureWhenDone')
      : this.capturing ? t(L, 'runCapturing', { run: formatNumber(this.shownRun, L) }) : '';
    return html`<fieldset class="run-picker" data-testid="run-picker">
      <legend>${t(L, 'runPickerLegend')}</legend>
      <div class="run-picker-row">
        <span class="control-pair"><label for="run-number">${t(L, 'runPickerLabel', { runs: formatNumber(job.result.runs, L) })}</label>
        <input id="run-number" type="number" min="1" max=${job.result.runs} step="1" .value=${String(this.shownRun)} aria-describedby="run-picker-help" @change=${this.onRunNumber} /></span>
        <button type="button" data-testid="another-run" @click=${this.anotherRun} ?disabled=${job.result.runs < 2}>${t(L, 'anotherRun')}</button>
        <span class="control-pair"><label for="run-period">${t(L, 'periodPickerLabel')}</label>
        <select id="run-period" @change=${this.onPeriod}>
          ${Array.from({ length: periods }, (_, q) => html`<option value=${q} ?selected=${this.shownPeriod === q}>${t(L, 'periodOption', { q: q + 1, first: q * periodMonths + 1, last: Math.min(horizon, (q + 1) * periodMonths) })}</option>`)}
          <option value="contract" ?selected=${this.shownPeriod === 'contract'}>${t(L, 'periodWhole')}</option>
        </select></span>
      </div>
      <p id="run-picker-help" class="help">${t(L, 'runPickerHelp')}</p>
      <p class="help run-status" role="status">${status}</p>
    </fieldset>`;
  }

  /**
   * For print (hidden on screen): what was simulated, the assumptions that differ from the
   * baseline, and seed, runs, engine version and date, so a printed page stands on its own.
   */
  private printedAssumptions(job: JobResult) {
    const L = this.language;
    const base = this.run?.designIsBaseline ? null : this.run?.baseline ?? null;
    const rows = assumptionRows(base?.scenario ?? job.scenario, job.scenario, L);
    const date = new Intl.DateTimeFormat(localeOf(L), { dateStyle: 'long', timeStyle: 'short' }).format(this.resultsDate);
    return html`<section class="print-only print-assumptions" aria-labelledby="print-assumptions-h">
      <h2 id="print-assumptions-h">${t(L, 'resultsAssumptions')}</h2>
      <p><strong>${job.scenario.title[L]}</strong>: ${describeDesign(job.scenario, L)}</p>
      ${base ? html`<p>${t(L, 'resultsAgainst', { base: base.scenario.title[L] })}</p>` : null}
      <table class="report-table">
        <thead><tr><th scope="col">${t(L, 'colParameter')}</th>${base ? html`<th scope="col">${base.scenario.title[L]}</th>` : null}<th scope="col">${job.scenario.title[L]}</th></tr></thead>
        <tbody>${rows.map((a) => html`<tr><th scope="row">${a.label}</th>${base ? html`<td>${a.baseline}</td>` : null}<td>${a.design}</td></tr>`)}</tbody>
      </table>
      <p class="report-meta">${t(L, 'resultsMeta', { seed: job.scenario.seed, runs: formatNumber(job.result.runs, L), months: job.scenario.horizonMonths, engine: `${ENGINE.name} ${ENGINE.version}`, date })}</p>
    </section>`;
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
      <div class="heading-row">
        <h1 tabindex="-1" class="view-heading">${t(L, 'resultsHeading', { title: designTitle })}</h1>
        <button type="button" class="screen-only" data-testid="print-results" ?disabled=${partial} @click=${() => window.print()}>${t(L, 'print')}</button>
      </div>
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
      ${this.printedAssumptions(job)}

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
        ${this.runPicker(job)}
        ${this.runFigure ? html`<chart-figure .figure=${this.runFigure} .language=${L}></chart-figure>` : null}
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
