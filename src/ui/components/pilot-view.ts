/**
 * Pilot (Pilot och urval): choose the measure, the judging window and the difference worth
 * finding; the planner (src/core/plan) runs on the page's workers with progress and Cancel
 * and shows the sample size with a sentence, why the formula and the simulation differ, the
 * ROC curve of every window with the precision of flags, and what a pilot of the scenario's
 * size can and cannot show. A button turns the recommendation into the current scenario.
 */
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { measures } from '../../../models/index.js';
import { LightElement } from '../LightElement.js';
import type { Scenario } from '../../engine.js';
import type { PlanResult } from '../../core/plan/planPilot.js';
import { FLAG_WINDOWS, type FlagWindow } from '../../core/simulate/flagWindow.js';
import { PlanPool } from '../../worker/PlanPool.js';
import { CancelledError } from '../../worker/WorkerPool.js';
import { poolSize, spawnBrowserWorker } from '../../worker/spawnBrowserWorker.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { formatNumber } from '../../i18n/format.js';
import { downloadText, fileSlug } from '../../share/download.js';
import { parseLocaleNumber } from '../state/parseLocaleNumber.js';
import { precisionSentence, rocFigure, sampleTable, windowName } from '../data/pilotFigures.js';
import type { FigureModel } from '../chart/FigureModel.js';
import './chart-figure.js';
import './data-table.js';

/** Simulated providers per service for the power curve: enough for ±1 point of power. */
const REPLICATES = 2000;

@customElement('pilot-view')
export class PilotView extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) scenario: Scenario | null = null;
  @state() private measure: string | null = null;
  @state() private window: FlagWindow | null = null;
  @state() private differenceText = '10';
  @state() private running = false;
  @state() private progress = { done: 0, total: 0 };
  @state() private announcement = '';
  @state() private error: string | null = null;
  @state() private plan: PlanResult | null = null;
  /** The choices the plan was computed for, to say when it is stale. */
  private planKey = '';
  private figure: FigureModel | null = null;
  private pool: PlanPool | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pool?.cancel();
    this.pool = null;
  }

  private chosenMeasure(): string { return this.measure ?? this.scenario?.measure.model ?? 'lowerIntervention'; }
  private chosenWindow(): FlagWindow { return this.window ?? ((this.scenario?.flagging?.window as FlagWindow | undefined) ?? 'period'); }
  private difference(): number | null {
    const x = parseLocaleNumber(this.differenceText);
    return x !== null && x >= 1 && x <= 50 ? x : null;
  }
  private key(): string { return JSON.stringify([this.scenario, this.chosenMeasure(), this.difference()]); }

  /** The current scenario with the chosen measure. */
  private planned(): Scenario | null {
    const s = this.scenario;
    if (!s) return null;
    const m = this.chosenMeasure();
    return m === s.measure.model ? s : { ...s, measure: { ...s.measure, model: m } };
  }

  private async compute(): Promise<void> {
    const s = this.planned(), d = this.difference();
    if (!s || d === null || this.running) return;
    const L = this.language;
    this.pool ??= new PlanPool(spawnBrowserWorker, poolSize(navigator.hardwareConcurrency));
    this.running = true;
    this.error = null;
    this.progress = { done: 0, total: 0 };
    this.announcement = t(L, 'pilotStarted');
    const key = this.key();
    try {
      const plan = await this.pool.run(s, { difference: d / 100, replicates: REPLICATES }, (done, total) => { this.progress = { done, total }; });
      this.plan = plan;
      this.planKey = key;
      this.figure = rocFigure(plan, this.language);
      this.announcement = t(this.language, 'pilotDone');
    } catch (e) {
      if (e instanceof CancelledError) this.announcement = t(this.language, 'pilotCancelled');
      else { this.error = e instanceof Error ? e.message : String(e); this.announcement = t(this.language, 'pilotFailed', { error: this.error }); }
    } finally {
      this.running = false;
    }
  }

  private cancel(): void { this.pool?.cancel(); }

  /** The current scenario judged over the chosen window, flagging only once the data suffice. */
  private apply(): void {
    const s = this.planned(), plan = this.plan;
    if (!s || !plan) return;
    const window = this.chosenWindow();
    const needed = plan.sampleSize.simulation.perProvider ?? plan.sampleSize.formula.perProvider;
    const minClients = Math.max(1, Math.min(1000, needed));
    const L = this.language;
    const scenario: Scenario = { ...s, flagging: { ...s.flagging, window, minClients } };
    this.emit('scenario-replace', { scenario, message: t(L, 'pilotApplied', { title: s.title[L], window: windowName(window, L), n: formatNumber(minClients, L) }) });
  }

  private download(): void {
    if (!this.plan) return;
    downloadText(`${fileSlug(this.plan.scenario.id)}-plan.json`, JSON.stringify(this.plan, null, 2) + '\n', 'application/json');
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('language') && this.plan) this.figure = rocFigure(this.plan, this.language);
  }

  protected override render() {
    const L = this.language;
    const d = this.difference();
    const plan = this.plan;
    const stale = !!plan && this.planKey !== this.key();
    const window = this.chosenWindow();
    return html`
      <h1 tabindex="-1" class="view-heading">${t(L, 'pilotTitle')}</h1>
      <p class="intro">${t(L, 'pilotIntro')}</p>
      <div class="pilot-form">
        <div class="field"><div class="field-label"><label for="pilot-measure">${t(L, 'pilotMeasure')}</label></div>
          <div class="field-input"><select id="pilot-measure" data-testid="pilot-measure" @change=${(e: Event) => { this.measure = (e.target as HTMLSelectElement).value; }}>
            ${Object.values(measures).map((m) => html`<option value=${m.id} ?selected=${m.id === this.chosenMeasure()}>${m.label[L]}</option>`)}
          </select></div></div>
        <div class="field"><div class="field-label"><label for="pilot-window">${t(L, 'pilotWindow')}</label></div>
          <div class="field-input"><select id="pilot-window" data-testid="pilot-window" @change=${(e: Event) => { this.window = (e.target as HTMLSelectElement).value as FlagWindow; }}>
            ${FLAG_WINDOWS.map((w) => html`<option value=${w} ?selected=${w === window}>${windowName(w, L)}</option>`)}
          </select></div></div>
        <div class="field"><div class="field-label"><label for="pilot-difference">${t(L, 'pilotDifference')}</label></div>
          <div class="field-input"><input id="pilot-difference" data-testid="pilot-difference" inputmode="decimal" .value=${this.differenceText}
            aria-invalid=${d === null ? 'true' : 'false'} aria-describedby="pilot-difference-help"
            @input=${(e: Event) => { this.differenceText = (e.target as HTMLInputElement).value; }} />
            <p id="pilot-difference-help" class=${d === null ? 'error-text' : 'help'}>${d === null ? t(L, 'pilotDifferenceBad') : t(L, 'pilotDifferenceHelp')}</p></div></div>
      </div>
      <div class="run-panel" role="group" aria-label=${t(L, 'progressLabel')}>
        <button type="button" class="primary" data-testid="pilot-run" ?disabled=${this.running || d === null || !this.scenario} @click=${() => void this.compute()}>${t(L, 'pilotRun')}</button>
        <button type="button" data-testid="pilot-cancel" ?disabled=${!this.running} @click=${() => this.cancel()}>${t(L, 'cancel')}</button>
        ${this.progress.total > 0 ? html`<div class="progress">
          <progress max=${this.progress.total} .value=${this.progress.done} aria-label=${t(L, 'progressLabel')}></progress>
          <span>${t(L, 'pilotTasks', { done: formatNumber(this.progress.done, L), total: formatNumber(this.progress.total, L) })}</span></div>` : null}
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
      ${this.error ? html`<p class="notice error" role="alert">${t(L, 'pilotFailed', { error: this.error })}</p>` : null}
      ${!plan ? html`<p class="empty">${t(L, 'pilotNone')}</p>` : html`
        ${stale ? html`<p class="notice warning">${t(L, 'pilotStale')}</p>` : null}
        <section aria-labelledby="pilot-sample-h">
          <h2 id="pilot-sample-h">${t(L, 'pilotSampleHeading')}</h2>
          <p class="headline" data-testid="pilot-sentence">${plan.sampleSize.sentence[L]}</p>
          <data-table .table=${sampleTable(plan, L)}></data-table>
          <h3>${t(L, 'pilotWhyHeading')}</h3>
          <ul>${plan.sampleSize.explanation.map((x) => html`<li>${x[L]}</li>`)}</ul>
        </section>
        <section aria-labelledby="pilot-roc-title">
          <p data-testid="pilot-precision">${precisionSentence(plan, window, L)}</p>
          ${this.figure ? html`<chart-figure .figure=${this.figure} .language=${L} level="2"></chart-figure>` : null}
        </section>
        <section aria-labelledby="pilot-can-h">
          <h2 id="pilot-can-h">${t(L, 'pilotCanHeading')}</h2>
          <ul>${plan.pilot.canShow.map((x) => html`<li>${x[L]}</li>`)}</ul>
          <h2>${t(L, 'pilotCannotHeading')}</h2>
          <ul>${plan.pilot.cannotShow.map((x) => html`<li>${x[L]}</li>`)}</ul>
        </section>
        <div class="pilot-actions">
          <button type="button" data-testid="pilot-apply" aria-describedby="pilot-apply-help" @click=${() => this.apply()}>${t(L, 'pilotApply')}</button>
          <button type="button" @click=${() => this.download()}>${t(L, 'pilotDownload')}</button>
          <p id="pilot-apply-help" class="help">${t(L, 'pilotApplyHelp')}</p>
        </div>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pilot-view': PilotView;
  }
}
