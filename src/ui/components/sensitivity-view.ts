/**
 * Känslighet / Sensitivity: which uncertain inputs drive the answer (a tornado), how much of
 * the spread each explains, what knowing each better would be worth (EVPPI) in one sentence
 * and a bar chart, and a one-way sweep of any numeric parameter as a line with its band.
 * Self-contained: it runs its own simulations on a warm worker pool, with progress, time
 * left and Cancel, and needs from the page only the language and the current scenario.
 */
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { catalogue, isMetricId, METRICS, type MetricId, type Scenario } from '../../engine.js';
import { overlayInputs } from '../../core/sensitivity/overlayInputs.js';
import { inputLabel } from '../../core/sensitivity/inputLabel.js';
import { DEFAULT_SENSITIVITY, sensitivityPlan, type SensitivityResult } from '../../core/sensitivity/runSensitivity.js';
import type { InputChoice } from '../../core/sensitivity/tornado.js';
import { findUncertainInputs } from '../../core/sensitivity/uncertainInputs.js';
import { gridValues } from '../../core/sweep/grid.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { CancelledError } from '../../worker/WorkerPool.js';
import { SensitivityRunner, type SensitivityProgress, type SweepPointResult } from '../run/SensitivityRunner.js';
import { baselineFor, isBaseline } from '../state/baselineFor.js';
import { LIBRARY } from '../state/scenarioLibrary.js';
import { evppiFigure, heatmapFigure, sensitivitySentence, skippedNote, sweepFigure, tornadoFigure, varianceFigure, type InputLabeller } from '../data/sensitivityFigures.js';
import type { RunStatus } from './run-panel.js';
import './run-panel.js';
import './chart-figure.js';

const UNCERTAIN_LIBRARY_ID = 'uncertain-inputs';
const IDLE: RunStatus = { running: false, runsDone: 0, runsTotal: 0, etaSeconds: null };
const INPUT_OPTIONS: ReadonlyArray<{ value: InputChoice; text: 'sensInputsAll' | 'sensInputsDistributions' | 'sensInputsEstimates' }> = [
  { value: 'all', text: 'sensInputsAll' }, { value: 'distributions', text: 'sensInputsDistributions' }, { value: 'estimates', text: 'sensInputsEstimates' },
];

@customElement('sensitivity-view')
export class SensitivityView extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) scenario: Scenario | null = null;
  @state() private metric: MetricId = DEFAULT_SENSITIVITY.metric;
  @state() private valuePerOutcome = DEFAULT_SENSITIVITY.valuePerOutcome;
  @state() private runs = 500;
  @state() private inputs: InputChoice = DEFAULT_SENSITIVITY.inputs;
  @state() private borrowInputs = true;
  @state() private status: RunStatus = IDLE;
  @state() private message = '';
  @state() private result: { value: SensitivityResult; runs: number; diff: boolean; design: Scenario } | null = null;
  @state() private sweepPath = '';
  @state() private sweepFrom = 0;
  @state() private sweepTo = 1;
  @state() private sweepSteps = 5;
  @state() private sweepPath2 = '';
  @state() private sweepFrom2 = 0;
  @state() private sweepTo2 = 1;
  @state() private sweepSteps2 = 3;
  @state() private sweep: { points: SweepPointResult[]; paths: string[]; metric: MetricId; runs: number } | null = null;
  private readonly runner = new SensitivityRunner();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.runner.dispose();
  }

  /** The scenario analysed: the current one, given the library's uncertain inputs if it has none (and the box is ticked). */
  private analysed(): { design: Scenario; baseline: Scenario | undefined } | null {
    const s = this.scenario;
    if (!s) return null;
    const base = { ...s, runs: this.runs };
    const source = LIBRARY.find((e) => e.id === UNCERTAIN_LIBRARY_ID)?.scenario;
    const own = findUncertainInputs(s).length > 0;
    const design = !own && this.borrowInputs && source ? overlayInputs(base, source, catalogue).scenario : base;
    const baseline = isBaseline(s) ? undefined : !own && this.borrowInputs && source ? overlayInputs(baselineFor(base), source, catalogue).scenario : baselineFor(base);
    return { design, baseline };
  }

  private progress = (p: SensitivityProgress): void => {
    this.status = { running: true, ...p };
  };

  private async analyse(): Promise<void> {
    const a = this.analysed();
    if (!a || this.status.running) return;
    this.status = { ...IDLE, running: true };
    this.message = '';
    try {
      const out = await this.runner.analyse(a.design, a.baseline, { ...DEFAULT_SENSITIVITY, metric: this.metric, valuePerOutcome: this.valuePerOutcome, inputs: this.inputs }, this.progress);
      if (out.ok) {
        this.result = { value: out.result, runs: a.design.runs, diff: Boolean(a.baseline), design: a.design };
        if (!this.sweepPath && out.result.tornado[0]) this.suggestSweep(out.result);
      } else {
        this.message = t(this.language, 'sweepBadInput', { issue: out.issues.map((i) => `${i.path}: ${i.problem}`).join('; ') });
      }
    } catch (e) {
      this.message = e instanceof CancelledError ? t(this.language, 'sensCancelled') : t(this.language, 'sensFailed', { error: e instanceof Error ? e.message : String(e) });
    } finally {
      this.status = { ...this.status, running: false, etaSeconds: null };
    }
  }

  /** The sweep starts on the input with the largest swing, over its tornado range. */
  private suggestSweep(r: SensitivityResult): void {
    const top = r.tornado[0];
    this.sweepPath = top.path;
    this.sweepFrom = Number(top.low.toPrecision(4));
    this.sweepTo = Number(top.high.toPrecision(4));
  }

  private async runSweep(): Promise<void> {
    const a = this.analysed();
    if (!a || this.status.running || !this.sweepPath) return;
    this.status = { ...IDLE, running: true };
    this.message = '';
    try {
      const steps = (n: number, max: number): number => Math.max(2, Math.min(max, Math.round(n)));
      const vary = [{ path: this.sweepPath, values: gridValues({ path: this.sweepPath, from: this.sweepFrom, to: this.sweepTo, steps: steps(this.sweepSteps, 41) }) }];
      if (this.sweepPath2) vary.push({ path: this.sweepPath2, values: gridValues({ path: this.sweepPath2, from: this.sweepFrom2, to: this.sweepTo2, steps: steps(this.sweepSteps2, 21) }) });
      const out = await this.runner.sweep(a.design, vary, this.metric, this.progress);
      if (out.ok) this.sweep = { points: out.points, paths: vary.map((v) => v.path), metric: this.metric, runs: a.design.runs };
      else this.message = t(this.language, 'sweepBadInput', { issue: out.issues.map((i) => `${i.path}: ${i.problem}; ${i.allowed}`).join('; ') });
    } catch (e) {
      this.message = e instanceof CancelledError ? t(this.language, 'sensCancelled') : t(this.language, 'sensFailed', { error: e instanceof Error ? e.message : String(e) });
    } finally {
      this.status = { ...this.status, running: false, etaSeconds: null };
    }
  }

  private sweepFigure(w: { points: SweepPointResult[]; paths: string[]; metric: MetricId; runs: number }) {
    return w.paths.length > 1
      ? heatmapFigure(w.points, [w.paths[0], w.paths[1]], w.metric, w.runs, this.language)
      : sweepFigure(w.points, w.paths[0], w.metric, w.runs, this.language);
  }

  private numberInput(id: string, label: string, value: number, set: (x: number) => void, step = 'any') {
    return html`<label for=${id}>${label}</label>
      <input id=${id} type="number" step=${step} .value=${String(value)} @change=${(e: Event) => { const x = Number((e.target as HTMLInputElement).value); if (Number.isFinite(x)) set(x); }} />`;
  }

  /** Inputs by the editor's labels, with the service and segment (the tables keep the path). */
  private labeller(design: Scenario): InputLabeller {
    return (path) => inputLabel(path, design, catalogue)[this.language];
  }

  private varyFor: { key: readonly unknown[]; nothing: boolean } | null = null;

  /** Nothing to vary for the chosen kind of inputs: the run button is blocked. Kept until its inputs change (it compiles). */
  private nothingToVary(): boolean {
    const key = [this.scenario, this.runs, this.borrowInputs, this.inputs] as const;
    if (this.varyFor && this.varyFor.key.every((x, i) => x === key[i])) return this.varyFor.nothing;
    const a = this.analysed();
    const nothing = !a || sensitivityPlan(a.design, this.inputs, catalogue).plan.ends.length === 0;
    this.varyFor = { key, nothing };
    return nothing;
  }

  protected override render() {
    const L = this.language;
    const s = this.scenario;
    if (!s) return null;
    const own = findUncertainInputs(s).length > 0;
    const r = this.result;
    const labelOf = r ? this.labeller(r.design) : undefined;
    const figures = r ? [tornadoFigure(r.value, L, r.diff, labelOf), varianceFigure(r.value, r.runs, L, labelOf), evppiFigure(r.value, L, labelOf)].filter((f) => f !== null) : [];
    const skipped = r && skippedNote(r.value, L, labelOf);
    return html`<section class="sensitivity-view" aria-labelledby="sens-h">
      <h1 id="sens-h" class="view-heading" tabindex="-1">${t(L, 'sensTitle')}</h1>
      <p>${t(L, 'sensIntro')}</p>
      ${own ? null : html`<p class="notice info">${t(L, 'sensNoInputs')}</p>
        <p><input id="sens-borrow" type="checkbox" .checked=${this.borrowInputs} @change=${(e: Event) => { this.borrowInputs = (e.target as HTMLInputElement).checked; }} />
        <label for="sens-borrow">${t(L, 'sensUseLibrary')}</label></p>`}
      <div class="sens-options">
        <label for="sens-metric">${t(L, 'sensMetric')}</label>
        <select id="sens-metric" @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; if (isMetricId(v)) this.metric = v; }}>
          ${METRICS.map((m) => html`<option value=${m.id} ?selected=${m.id === this.metric}>${m.label[L]}</option>`)}
        </select>
        ${this.numberInput('sens-value', t(L, 'sensValuePerOutcome'), this.valuePerOutcome, (x) => { this.valuePerOutcome = Math.max(0, x); })}
        <label for="sens-inputs">${t(L, 'sensInputs')}</label>
        <select id="sens-inputs" @change=${(e: Event) => { const v = INPUT_OPTIONS.find((o) => o.value === (e.target as HTMLSelectElement).value); if (v) this.inputs = v.value; }}>
          ${INPUT_OPTIONS.map((o) => html`<option value=${o.value} ?selected=${o.value === this.inputs}>${t(L, o.text)}</option>`)}
        </select>
        ${this.numberInput('sens-runs', t(L, 'sensRuns'), this.runs, (x) => { this.runs = Math.max(25, Math.min(10_000, Math.round(x))); }, '25')}
      </div>
      <run-panel .language=${L} .status=${this.status} .label=${t(L, 'sensRun')} .blocked=${this.nothingToVary() ? 1 : 0}
        @run=${(e: Event) => { e.stopPropagation(); void this.analyse(); }} @cancel=${(e: Event) => { e.stopPropagation(); this.runner.cancel(); }}></run-panel>
      ${this.message ? html`<p class="notice warning" role="alert">${this.message}</p>` : null}
      ${!r ? html`<p class="empty">${t(L, 'sensNone')}</p>` : html`
        <p class="sens-sentence" data-testid="sens-sentence"><strong>${sensitivitySentence(r.value, L, labelOf)}</strong></p>
        ${figures.map((f) => html`<chart-figure .figure=${f} .language=${L} level="2"></chart-figure>`)}
        ${skipped ? html`<p class="sens-skipped" data-testid="sens-skipped">${skipped}</p>` : null}`}
      <section aria-labelledby="sweep-h" class="sweep-controls">
        <h2 id="sweep-h">${t(L, 'sweepHeading')}</h2>
        <label for="sweep-path">${t(L, 'sweepPath')}</label>
        <input id="sweep-path" type="text" .value=${this.sweepPath} placeholder="payment.params.bonusPerSuccess" @change=${(e: Event) => { this.sweepPath = (e.target as HTMLInputElement).value.trim(); }} />
        ${this.numberInput('sweep-from', t(L, 'sweepFrom'), this.sweepFrom, (x) => { this.sweepFrom = x; })}
        ${this.numberInput('sweep-to', t(L, 'sweepTo'), this.sweepTo, (x) => { this.sweepTo = x; })}
        ${this.numberInput('sweep-steps', t(L, 'sweepSteps'), this.sweepSteps, (x) => { this.sweepSteps = x; }, '1')}
        <fieldset class="sweep-second"><legend>${t(L, 'sweepSecond')}</legend>
          <label for="sweep-path2">${t(L, 'sweepPath')}</label>
          <input id="sweep-path2" type="text" .value=${this.sweepPath2} @change=${(e: Event) => { this.sweepPath2 = (e.target as HTMLInputElement).value.trim(); }} />
          ${this.numberInput('sweep-from2', t(L, 'sweepFrom'), this.sweepFrom2, (x) => { this.sweepFrom2 = x; })}
          ${this.numberInput('sweep-to2', t(L, 'sweepTo'), this.sweepTo2, (x) => { this.sweepTo2 = x; })}
          ${this.numberInput('sweep-steps2', t(L, 'sweepSteps'), this.sweepSteps2, (x) => { this.sweepSteps2 = x; }, '1')}
        </fieldset>
        <button type="button" data-testid="sweep-run" ?disabled=${this.status.running || !this.sweepPath} @click=${() => void this.runSweep()}>${t(L, 'sweepRun')}</button>
        ${this.sweep ? html`<chart-figure .figure=${this.sweepFigure(this.sweep)} .language=${L} level="3"></chart-figure>` : null}
      </section>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sensitivity-view': SensitivityView;
  }
}
