/**
 * The mediator: holds the page's state (language, view, the scenario and its undo history,
 * half-typed values, budget, comparison choice), listens to the events the components send
 * up, and passes state down as properties. Simulation runs through SimulationController,
 * saving through AutosaveController.
 */
import { html, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LightElement } from './LightElement.js';
import { ENGINE, validateScenario, type Scenario, type ScenarioIssue } from '../engine.js';
import type { Lang } from '../i18n/Lang.js';
import { t } from '../i18n/t.js';
import { canRedo, canUndo, push, redo, startHistory, undo, type History } from './state/History.js';
import { setAtPath, pathText } from './state/setAtPath.js';
import { canonical } from './state/baselineFor.js';
import { defaultScenario, LIBRARY } from './state/scenarioLibrary.js';
import { startState } from './state/startup.js';
import { defaultCompareChoice, resolveChoice } from './state/compareChoice.js';
import type { Notice } from './state/Notice.js';
import { viewFromHash, type ViewId } from './views.js';
import type { AppEvents } from './events.js';
import { SimulationController } from './controllers/SimulationController.js';
import { AutosaveController } from './controllers/AutosaveController.js';
import { OtherTabController } from './controllers/OtherTabController.js';
import { downloadText, fileSlug } from '../share/download.js';
import { Autosave } from '../storage/autosave.js';
import { idbStore } from '../storage/idbStore.js';
import type { GlossaryDialog } from './components/glossary-dialog.js';
import './components/app-header.js';
import './components/app-footer.js';
import './components/run-panel.js';
import './components/results-view.js';
import './components/scenario-editor.js';
import './components/scenario-library.js';
import './components/compare-view.js';
import './components/report-view.js';
import './components/pilot-view.js';
import './components/accessibility-statement.js';
import './components/glossary-dialog.js';
import './components/notice-list.js';
import './components/storage-banner.js';

@customElement('app-root')
export class AppRoot extends LightElement {
  @state() language: Lang = 'sv';
  @state() view: ViewId = 'results';
  @state() history: History<Scenario> | null = null;
  @state() drafts: Record<string, string> = {};
  @state() budget: number | null = null;
  @state() compareChoice = defaultCompareChoice(LIBRARY);
  @state() notices: Notice[] = [];

  private readonly sim = new SimulationController(this, () => this.language);
  private readonly tabs = new OtherTabController(this);
  private readonly saver = new AutosaveController(this, new Autosave(idbStore), () => this.snapshot(), () => this.tabs.saved());
  private issues: ScenarioIssue[] = [];
  private issuesFor: Scenario | null = null;
  private noticeId = 0;
  private awaitingFirstChart = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const on = <K extends keyof AppEvents & string>(name: K, handler: (d: AppEvents[K]) => void): void =>
      this.addEventListener(name, (e) => handler((e as CustomEvent<AppEvents[K]>).detail));
    on('navigate', ({ view }) => this.navigate(view));
    on('lang-change', ({ lang }) => { this.language = lang; this.saver.changed(); });
    on('scenario-edit', ({ path, value }) => this.edit(setAtPath(this.scenario(), path, value), pathText(path)));
    on('scenario-draft', ({ path, text }) => this.draft(path, text));
    on('scenario-replace', ({ scenario, message }) => { this.edit(scenario, null, true); this.notify('info', 'scenarioLoaded', { title: message }); });
    on('undo', () => this.step(undo));
    on('redo', () => this.step(redo));
    on('run', () => void this.runDesign());
    on('cancel', () => this.sim.cancel());
    on('budget-change', ({ budget }) => { this.budget = budget; this.saver.changed(); });
    on('compare-choice', (choice) => { this.compareChoice = choice; this.saver.changed(); });
    on('compare-run', () => void this.runComparison());
    on('glossary-open', ({ term }) => void this.querySelector<GlossaryDialog>('glossary-dialog')?.open(term));
    this.addEventListener('chart-rendered', () => this.chartRendered());
    this.addEventListener('reload-newer', () => { this.saver.suspend(); location.reload(); });
    this.addEventListener('keep-this', () => { this.tabs.keepThis(); this.saver.changed(); });
    this.addEventListener('download-scenario', () => this.downloadScenario());
    window.addEventListener('hashchange', this.onHash);
    window.addEventListener('keydown', this.onKey);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    window.removeEventListener('keydown', this.onKey);
  }

  private async start(): Promise<void> {
    const loaded = await this.saver.load();
    const s = startState(location.hash, loaded?.state ?? null, ENGINE.version, defaultScenario(), this.compareChoice);
    if (loaded?.recovered) this.notify('warning', 'restoredGood');
    this.language = s.lang;
    this.history = { past: s.past, present: s.scenario, future: [] };
    this.drafts = s.drafts;
    this.budget = s.budget;
    this.compareChoice = s.compare;
    for (const n of s.notices) this.notify(n.kind, n.key, n.vars);
    const view = s.fromShare ? 'results' : viewFromHash(location.hash) ?? 'results';
    history.replaceState(null, '', `#${view}`);
    this.view = view;
    this.saver.changed();
    if (this.blockedCount() === 0) void this.runDesign();
  }

  private readonly onHash = (): void => {
    const view = viewFromHash(location.hash);
    if (view && view !== this.view) this.navigate(view, false);
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement | null;
    const typing = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
    if (typing || !(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) { e.preventDefault(); this.step(undo); }
    else if (key === 'y' || (key === 'z' && e.shiftKey)) { e.preventDefault(); this.step(redo); }
  };

  private navigate(view: ViewId, pushHash = true): void {
    this.view = view;
    if (pushHash) history.pushState(null, '', `#${view}`);
    // Move focus to the new view's heading so keyboard and screen-reader users start there.
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('main .view-heading')?.focus());
  }

  scenario(): Scenario {
    if (!this.history) throw new Error('the page has not started yet');
    return this.history.present;
  }

  private edit(next: Scenario, path: string | null, clearDrafts = false): void {
    if (!this.history) return;
    this.history = push(this.history, next);
    if (clearDrafts) this.drafts = {};
    else if (path && path in this.drafts) {
      const { [path]: _gone, ...rest } = this.drafts;
      this.drafts = rest;
    }
    this.saver.changed();
  }

  private draft(path: string, text: string | null): void {
    const { [path]: _old, ...rest } = this.drafts;
    this.drafts = text === null ? rest : { ...rest, [path]: text };
    this.saver.changed();
  }

  private step(move: (h: History<Scenario>) => History<Scenario>): void {
    if (!this.history) return;
    const next = move(this.history);
    if (next === this.history) return;
    this.history = next;
    this.drafts = {};
    this.saver.changed();
  }

  currentIssues(): ScenarioIssue[] {
    const s = this.history?.present ?? null;
    if (s !== this.issuesFor) {
      this.issuesFor = s;
      const checked = s ? validateScenario(s) : null;
      this.issues = checked && !checked.ok ? checked.issues : [];
    }
    return this.issues;
  }

  private blockedCount(): number {
    return this.currentIssues().length + Object.keys(this.drafts).length;
  }

  private async runDesign(): Promise<void> {
    if (!this.history || this.blockedCount() > 0) return;
    performance.clearMarks('run-start');
    performance.mark('run-start');
    this.awaitingFirstChart = true;
    await this.sim.runDesign(this.scenario());
  }

  private downloadScenario(): void {
    if (!this.history) return;
    const s = this.scenario();
    downloadText(`${fileSlug(s.id)}.json`, JSON.stringify(s, null, 2) + '\n', 'application/json');
  }

  private async runComparison(): Promise<void> {
    if (!this.history) return;
    const base = resolveChoice(this.compareChoice.baseline, this.scenario(), LIBRARY);
    const designs = this.compareChoice.designs.map((k) => resolveChoice(k, this.scenario(), LIBRARY)).filter((s): s is Scenario => s !== null);
    if (!base || designs.length === 0) return;
    await this.sim.runComparison(base, designs);
  }

  private chartRendered(): void {
    // Run → first chart: only once the new run's first results have been drawn.
    if (!this.awaitingFirstChart || !this.sim.resultsSinceStart) return;
    this.awaitingFirstChart = false;
    performance.measure('run-to-first-chart', 'run-start');
  }

  notify(kind: Notice['kind'], key: Notice['key'], vars?: Notice['vars'], details?: string[]): void {
    this.notices = [...this.notices, { id: ++this.noticeId, kind, key, vars, details }];
  }

  private snapshot() {
    const h = this.history;
    return h ? { lang: this.language, scenario: h.present, past: h.past.slice(-50), drafts: this.drafts, budget: this.budget, compare: this.compareChoice } : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('language')) document.documentElement.lang = this.language;
    document.title = `${t(this.language, this.viewTitleKey())} – ${t(this.language, 'appTitle')}`;
  }

  private viewTitleKey() {
    const keys = { results: 'viewResults', editor: 'viewEditor', library: 'viewLibrary', compare: 'viewCompare', pilot: 'viewPilot', report: 'viewReport', accessibility: 'viewAccessibility' } as const;
    return keys[this.view];
  }

  protected override render() {
    const L = this.language;
    if (!this.history) return html`<p class="loading">${t(L, 'loading')}</p>`;
    const scenario = this.history.present;
    const issues = this.currentIssues();
    const blocked = this.blockedCount();
    const run = this.sim.designRun;
    const stale = !!run && run.key !== canonical(scenario);
    const showRunPanel = this.view === 'results' || this.view === 'editor' || this.view === 'library';
    return html`
      <a class="skip-link" href="#main" @click=${(e: Event) => { e.preventDefault(); this.querySelector<HTMLElement>('main')?.focus(); }}>${t(L, 'skipToContent')}</a>
      <app-header .language=${L} .view=${this.view} .scenarioTitle=${scenario.title[L]} .saveState=${this.saver.label(L)}></app-header>
      <storage-banner .language=${L} ?otherTab=${this.tabs.otherTab} ?otherSaved=${this.tabs.otherSaved} ?quota=${this.saver.result === 'quota'}></storage-banner>
      <notice-list .language=${L} .notices=${this.notices} @dismiss=${(e: CustomEvent<number>) => { this.notices = this.notices.filter((n) => n.id !== e.detail); }}></notice-list>
      ${showRunPanel ? html`<run-panel .language=${L} .status=${this.sim.status} .blocked=${blocked} .announcement=${this.sim.announcement}></run-panel>` : null}
      ${this.sim.error ? html`<p class="notice error" role="alert" data-testid="run-error">${t(L, 'runCrashed', { error: this.sim.error })}</p>` : null}
      <main id="main" tabindex="-1">${this.renderView(scenario, issues, stale, blocked)}</main>
      <app-footer .language=${L}></app-footer>
      <glossary-dialog .language=${L}></glossary-dialog>
    `;
  }

  private renderView(scenario: Scenario, issues: ScenarioIssue[], stale: boolean, blocked: number) {
    const L = this.language;
    const h = this.history as History<Scenario>;
    switch (this.view) {
      case 'results':
        return html`<results-view .language=${L} .run=${this.sim.designRun} .scenario=${scenario} ?stale=${stale} ?valid=${blocked === 0} .budget=${this.budget}></results-view>`;
      case 'editor':
        return html`<scenario-editor .language=${L} .scenario=${scenario} .issues=${issues} .drafts=${this.drafts} ?canUndo=${canUndo(h)} ?canRedo=${canRedo(h)}></scenario-editor>`;
      case 'library':
        return html`<scenario-library .language=${L} .library=${LIBRARY} .scenario=${scenario}></scenario-library>`;
      case 'compare':
        return html`<compare-view .language=${L} .library=${LIBRARY} .scenario=${scenario} .choice=${this.compareChoice} .comparison=${this.sim.comparison}
          .status=${this.sim.status} .announcement=${this.sim.announcement} .blocked=${blocked}></compare-view>`;
      case 'pilot':
        return html`<pilot-view .language=${L} .scenario=${scenario}></pilot-view>`;
      case 'report':
        return html`<report-view .language=${L} .comparison=${this.sim.comparison} .designRun=${this.sim.designRun}></report-view>`;
      case 'accessibility':
        return html`<accessibility-statement .language=${L}></accessibility-statement>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'app-root': AppRoot;
  }
}
