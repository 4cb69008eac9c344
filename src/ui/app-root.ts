/**
 * The mediator: holds the page's state (language, view, the design being edited with its undo
 * history and where it came from, the user's named designs, half-typed values, budget,
 * comparison choice), listens to the events the components send up, and passes state down as
 * properties. Simulation runs through SimulationController, saving through
 * AutosaveController; named designs are kept through DesignStore.
 */
import { html, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LightElement } from './LightElement.js';
import { ENGINE, validateScenario, type Scenario, type ScenarioIssue } from '../engine.js';
import type { Lang } from '../i18n/Lang.js';
import { t } from '../i18n/t.js';
import { formatDuration } from '../i18n/format.js';
import { canRedo, canUndo, push, redo, startHistory, undo, type History } from './state/History.js';
import { setAtPath, pathText } from './state/setAtPath.js';
import { baselineFor, isBaseline } from './state/baselineFor.js';
import { defaultScenario, LIBRARY } from './state/scenarioLibrary.js';
import { startState, type StartState } from './state/startup.js';
import { activeDesigns, CURRENT, defaultCompareChoice, keyFor, libraryKey, resolveChoice, type ChoiceContext, type CompareChoice } from './state/compareChoice.js';
import { addDesign, cleanName, contentKey, deleteDesign, designKey, duplicateDesign, parseDesigns, renameDesign, updateDesign, type SavedDesign } from './state/designs.js';
import { isModified, originOf, retitle, type Origin } from './state/origin.js';
import type { Notice } from './state/Notice.js';
import { viewFromHash, type ViewId } from './views.js';
import type { AppEvents } from './events.js';
import { SimulationController } from './controllers/SimulationController.js';
import { AutosaveController } from './controllers/AutosaveController.js';
import { OtherTabController } from './controllers/OtherTabController.js';
import { downloadText, fileSlug } from '../share/download.js';
import type { ShareContent } from '../share/shareLink.js';
import { Autosave } from '../storage/autosave.js';
import { DesignStore } from '../storage/designStore.js';
import { idbStore } from '../storage/idbStore.js';
import { AUTO_RUN_MAX_SECONDS, estimateRunSeconds } from './run/estimateRunSeconds.js';
import { poolSize } from '../worker/spawnBrowserWorker.js';
import type { GlossaryDialog } from './components/glossary-dialog.js';
import './components/app-header.js';
import './components/app-footer.js';
import './components/run-panel.js';
import './components/design-bar.js';
import './components/results-view.js';
import './components/scenario-editor.js';
import './components/scenario-library.js';
import './components/compare-view.js';
import './components/report-view.js';
import './components/pilot-view.js';
import './components/sensitivity-view.js';
import './components/accessibility-statement.js';
import './components/glossary-dialog.js';
import './components/notice-list.js';
import './components/storage-banner.js';

const DEFAULT_REF = 'lib:default.json';

@customElement('app-root')
export class AppRoot extends LightElement {
  @state() language: Lang = 'sv';
  @state() view: ViewId = 'results';
  @state() history: History<Scenario> | null = null;
  @state() drafts: Record<string, string> = {};
  @state() budget: number | null = null;
  @state() compareChoice: CompareChoice = defaultCompareChoice();
  @state() compareResponses = false;
  @state() notices: Notice[] = [];
  @state() designs: SavedDesign[] = [];
  @state() origin: Origin | null = null;

  private readonly sim = new SimulationController(this, () => this.language);
  private readonly tabs = new OtherTabController(this);
  private readonly saver = new AutosaveController(this, new Autosave(idbStore), () => this.snapshot(), () => this.tabs.saved());
  private readonly designStore = new DesignStore(idbStore);
  private issues: ScenarioIssue[] = [];
  private issuesFor: Scenario | null = null;
  private noticeId = 0;
  private awaitingFirstChart = false;
  /** A design run started on the Results view whose last chart has not been drawn yet. */
  private awaitingLastChart = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const on = <K extends keyof AppEvents & string>(name: K, handler: (d: AppEvents[K]) => void): void =>
      this.addEventListener(name, (e) => handler((e as CustomEvent<AppEvents[K]>).detail));
    on('navigate', ({ view }) => this.navigate(view));
    on('lang-change', ({ lang }) => { this.language = lang; this.sim.relabel(); this.saver.changed(); });
    on('scenario-edit', ({ path, value }) => this.edit(setAtPath(this.scenario(), path, value), pathText(path)));
    on('scenario-draft', ({ path, text }) => this.draft(path, text));
    on('scenario-replace', ({ scenario, message }) => { this.replace(scenario, 'other'); this.notify('info', 'scenarioLoaded', { title: message }); });
    on('library-open', ({ key }) => this.openLibrary(key));
    on('undo', () => this.step(undo));
    on('redo', () => this.step(redo));
    on('run', () => void (this.view === 'compare' || this.view === 'report' ? this.runComparison(true) : this.runDesign(true)));
    on('cancel', () => this.sim.cancel());
    on('budget-change', ({ budget }) => { this.budget = budget; this.saver.changed(); });
    on('compare-choice', (choice) => { this.compareChoice = choice; this.saver.changed(); });
    on('compare-run', () => void this.runComparison(true));
    on('compare-responses', ({ on: yes }) => { this.compareResponses = yes; this.saver.changed(); });
    on('glossary-open', ({ term }) => void this.querySelector<GlossaryDialog>('glossary-dialog')?.open(term));
    on('design-save', ({ name }) => this.saveDesign(name));
    on('design-update', () => this.updateOriginDesign());
    on('design-open', ({ id }) => this.openDesign(id));
    on('design-rename', ({ id, name }) => this.renameDesign(id, name));
    on('design-duplicate', ({ id }) => this.setDesigns(duplicateDesign(this.designs, id, (n) => t(this.language, 'copyOf', { name: n }), now())));
    on('design-delete', ({ id }) => this.deleteDesign(id));
    on('design-export', ({ id }) => this.exportDesign(id));
    on('design-import', ({ scenario }) => this.importDesign(scenario));
    this.addEventListener('chart-rendered', () => { this.chartRendered(); this.lastChartCheck(); });
    this.addEventListener('reload-newer', () => { this.saver.suspend(); location.reload(); });
    this.addEventListener('keep-this', () => { this.tabs.keepThis(); this.saver.changed(); });
    this.addEventListener('download-scenario', () => this.downloadScenario());
    window.addEventListener('hashchange', this.onHash);
    window.addEventListener('keydown', this.onKey);
    this.sim.warm();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    window.removeEventListener('keydown', this.onKey);
  }

  private async start(): Promise<void> {
    const [loaded, designs] = await Promise.all([this.saver.load(), this.designStore.load(parseDesigns)]);
    this.designs = designs;
    let s: StartState;
    try {
      s = startState(location.hash, loaded?.state ?? null, ENGINE.version, defaultScenario(), DEFAULT_REF);
      if (loaded?.recovered) this.notify('warning', 'restoredGood');
    } catch {
      // Whatever the saved record holds, the page starts: from the default, saying so.
      s = startState(location.hash, null, ENGINE.version, defaultScenario(), DEFAULT_REF);
      this.notify('warning', 'restoreIgnored');
    }
    this.language = s.lang;
    this.history = { past: s.past, present: s.scenario, future: [] };
    this.origin = s.origin;
    this.drafts = s.drafts;
    this.budget = s.budget;
    this.compareChoice = s.compare;
    this.compareResponses = s.compare.responses === true;
    for (const n of s.notices) this.notify(n.kind, n.key, n.vars);
    let view: ViewId = s.fromShare ? 'results' : viewFromHash(location.hash) ?? 'results';
    if (s.shared) {
      view = s.shared.view;
      if (s.shared.comparison) {
        this.compareChoice = this.adoptComparison(s.shared.comparison.baseline, s.shared.comparison.designs);
        this.compareResponses = s.shared.comparison.responses === true;
      }
    }
    history.replaceState(null, '', `#${view}`);
    this.view = view;
    this.saver.changed();
    this.autoRun(!!s.shared?.comparison && view !== 'results');
  }

  /**
   * The first run starts by itself only when it is quick: a share link or a restored autosave
   * holding hours of work waits for the user to press Run, and says so.
   */
  private autoRun(comparison: boolean): void {
    if (this.blockedCount() > 0) return;
    const batch = comparison ? this.comparisonBatch() : this.designBatch();
    if (!batch) return;
    const seconds = estimateRunSeconds(batch, poolSize(navigator.hardwareConcurrency));
    if (seconds > AUTO_RUN_MAX_SECONDS) {
      this.notify('warning', 'pressRunLong', { time: formatDuration(seconds, this.language), run: t(this.language, comparison ? 'runCompare' : 'run') });
      return;
    }
    void (comparison ? this.runComparison(false) : this.runDesign(false));
  }

  private designBatch(): Scenario[] {
    const s = this.scenario();
    return isBaseline(s) ? [s] : [s, baselineFor(s)];
  }

  private comparisonBatch(): Scenario[] | null {
    const ctx = this.ctx();
    const base = resolveChoice(this.compareChoice.baseline, ctx);
    const designs = activeDesigns(this.compareChoice, ctx).map((k) => resolveChoice(k, ctx)).filter((s): s is Scenario => s !== null);
    return base && designs.length ? [base, ...designs] : null;
  }

  /** Keys for a shared comparison's scenarios; one that is nowhere in this browser yet is kept as a named design. */
  private adoptComparison(baseline: Scenario, designs: readonly Scenario[]): CompareChoice {
    let list = this.designs;
    const keyOf = (s: Scenario): string => {
      const ctx: ChoiceContext = { current: this.scenario(), library: LIBRARY, designs: list };
      const found = keyFor(s, ctx);
      if (found) return found;
      const added = addDesign(list, s, s.title, now());
      list = added.list;
      return designKey(added.design);
    };
    const choice = { baseline: keyOf(baseline), designs: designs.map(keyOf) };
    if (list !== this.designs) this.setDesigns(list);
    return choice;
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
    // A run's charts drawn later on coming back are no measure of the run.
    if (view !== 'results') this.awaitingLastChart = false;
    if (pushHash) history.pushState(null, '', `#${view}`);
    // Move focus to the new view's heading so keyboard and screen-reader users start there.
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('main .view-heading')?.focus());
  }

  scenario(): Scenario {
    if (!this.history) throw new Error('the page has not started yet');
    return this.history.present;
  }

  private ctx(): ChoiceContext {
    return { current: this.scenario(), library: LIBRARY, designs: this.designs };
  }

  private edit(next: Scenario, path: string | null, clearDrafts = false): void {
    if (!this.history) return;
    this.history = push(this.history, retitle(next, this.origin));
    if (clearDrafts) this.drafts = {};
    else if (path && path in this.drafts) {
      const { [path]: _gone, ...rest } = this.drafts;
      this.drafts = rest;
    }
    this.saver.changed();
  }

  /** A whole new design to edit (a library scenario, a saved design, a file): one undo step, a new source. */
  private replace(s: Scenario, ref: string): void {
    this.origin = originOf(s, ref);
    this.edit(s, null, true);
  }

  private openLibrary(key: string): void {
    const entry = LIBRARY.find((e) => libraryKey(e) === key);
    if (!entry?.scenario) return;
    this.replace(entry.scenario, key);
    this.notify('info', 'scenarioLoaded', { title: entry.scenario.title[this.language] });
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
    // Undoing past a load brings back the design loaded before: it is its own source again.
    const source = this.sourceOf(next.present);
    if (source) this.origin = source;
    this.saver.changed();
  }

  /** The saved design or library scenario a scenario is, name and all, if any. */
  private sourceOf(s: Scenario): Origin | null {
    const key = contentKey(s);
    const same = (x: Scenario): boolean => contentKey(x) === key && x.title.sv === s.title.sv && x.title.en === s.title.en;
    const d = this.designs.find((x) => same(x.scenario));
    if (d) return originOf(d.scenario, designKey(d));
    const e = LIBRARY.find((x) => x.scenario && same(x.scenario));
    return e?.scenario ? originOf(e.scenario, libraryKey(e)) : null;
  }

  private setDesigns(list: SavedDesign[]): void {
    this.designs = list;
    void this.designStore.save(list).then((r) => { if (r !== 'saved') this.notify('error', r === 'quota' ? 'saveQuota' : 'saveFailed'); });
  }

  private saveDesign(text: string): void {
    const name = cleanName(text);
    if (!name || !this.history) return;
    const { list, design } = addDesign(this.designs, this.scenario(), name, now());
    this.setDesigns(list);
    // The design being edited is now the saved one, under its name: one undo step.
    this.origin = originOf(design.scenario, designKey(design));
    this.history = push(this.history, design.scenario);
    // A comparison that was about the unnamed design follows it under its new name.
    this.saver.changed();
    this.notify('info', 'designSaved', { name });
  }

  private updateOriginDesign(): void {
    const o = this.origin;
    if (!o?.ref.startsWith('design:') || !this.history) return;
    const id = o.ref.slice('design:'.length);
    const list = updateDesign(this.designs, id, this.scenario(), now());
    const saved = list.find((d) => d.id === id);
    if (!saved) return;
    this.setDesigns(list);
    this.origin = originOf(saved.scenario, o.ref);
    this.history = push(this.history, saved.scenario);
    this.saver.changed();
    this.notify('info', 'designSaved', { name: saved.scenario.title[this.language] });
  }

  private openDesign(id: string): void {
    const d = this.designs.find((x) => x.id === id);
    if (!d) return;
    this.replace(d.scenario, designKey(d));
    this.notify('info', 'scenarioLoaded', { title: d.scenario.title[this.language] });
  }

  private renameDesign(id: string, text: string): void {
    const name = cleanName(text);
    if (!name) return;
    const list = renameDesign(this.designs, id, name, now());
    this.setDesigns(list);
    // Renaming the open design renames what is on screen too.
    if (this.origin?.ref === `design:${id}` && this.history) {
      const saved = list.find((d) => d.id === id)!;
      const wasModified = isModified(this.scenario(), this.origin);
      this.origin = originOf(saved.scenario, this.origin.ref);
      if (!wasModified) this.history = push(this.history, saved.scenario);
      this.saver.changed();
    }
  }

  private deleteDesign(id: string): void {
    const d = this.designs.find((x) => x.id === id);
    if (!d) return;
    this.setDesigns(deleteDesign(this.designs, id));
    const key = designKey(d);
    if (this.compareChoice.baseline === key || this.compareChoice.designs.includes(key)) {
      this.compareChoice = { baseline: this.compareChoice.baseline === key ? defaultCompareChoice().baseline : this.compareChoice.baseline, designs: this.compareChoice.designs.filter((k) => k !== key) };
    }
    if (this.origin?.ref === key) this.origin = { ...this.origin, ref: 'other' };
    this.saver.changed();
    this.notify('info', 'designDeleted', { name: d.scenario.title[this.language] });
  }

  private exportDesign(id: string): void {
    const d = this.designs.find((x) => x.id === id);
    if (d) downloadText(`${fileSlug(d.scenario.title[this.language])}.json`, JSON.stringify(d.scenario, null, 2) + '\n', 'application/json');
  }

  private importDesign(scenario: Scenario): void {
    const { list, design } = addDesign(this.designs, scenario, scenario.title, now());
    this.setDesigns(list);
    this.notify('info', 'designImported', { name: design.scenario.title[this.language] });
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

  /** Problems that stop the comparison: no design to compare, or the current design (if used) is invalid. */
  private compareBlocked(): number {
    if (!this.history) return 1;
    const ctx = this.ctx();
    const designs = activeDesigns(this.compareChoice, ctx);
    const usesCurrent = [this.compareChoice.baseline, ...designs].some((k) => k === CURRENT || k === 'todays');
    return (designs.length === 0 || !resolveChoice(this.compareChoice.baseline, ctx) ? 1 : 0) + (usesCurrent ? this.blockedCount() : 0);
  }

  private async runDesign(byUser: boolean): Promise<void> {
    if (!this.history || this.blockedCount() > 0) return;
    performance.clearMarks('run-start');
    performance.mark('run-start');
    this.awaitingFirstChart = true;
    this.awaitingLastChart = this.view === 'results';
    const status = await this.sim.runDesign(this.scenario(), !byUser);
    // Only a finished batch has a last chart; its charts may all be drawn already.
    if (status !== 'done') this.awaitingLastChart = false;
    else void this.updateComplete.then(() => this.lastChartCheck());
    if (byUser) this.focusResult('results', 'main .view-heading');
  }

  private async runComparison(byUser: boolean): Promise<void> {
    if (!this.history || this.compareBlocked() > 0) return;
    const ctx = this.ctx();
    const base = resolveChoice(this.compareChoice.baseline, ctx);
    const designs = activeDesigns(this.compareChoice, ctx).map((k) => resolveChoice(k, ctx)).filter((s): s is Scenario => s !== null);
    if (!base || designs.length === 0) return;
    if (byUser && this.view === 'compare') void this.updateComplete.then(() => this.querySelector('#compare-results')?.scrollIntoView({ block: 'start' }));
    await this.sim.runComparison(base, designs, this.compareResponses, !byUser);
    if (byUser) this.focusResult(this.view === 'report' ? 'report' : 'compare', this.view === 'report' ? 'main .view-heading' : '#cards-h');
  }

  /** After a run the user started, focus (and scroll) to the result's heading, if the user is still on that view. */
  private focusResult(view: ViewId, selector: string): void {
    if (this.view !== view) return;
    void this.updateComplete.then(() => {
      const el = this.querySelector<HTMLElement>(selector);
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block: 'start' });
    });
  }

  private downloadScenario(): void {
    if (!this.history) return;
    const s = this.scenario();
    downloadText(`${fileSlug(s.id)}.json`, JSON.stringify(s, null, 2) + '\n', 'application/json');
  }

  /** What the share button shares: on Compare and Report the whole comparison, elsewhere the design. */
  private shareContent(): ShareContent | null {
    if (!this.history || this.blockedCount() > 0) return null;
    const design = this.scenario();
    if (this.view === 'compare' || this.view === 'report') {
      const run = this.sim.comparison;
      if (run?.baseline && run.designs.length && run.designs.every((d) => d.complete)) {
        return { design, comparison: { baseline: run.baseline.scenario, designs: run.designs.map((d) => d.scenario), responses: run.pairs.length > 0 }, view: this.view };
      }
      const batch = this.comparisonBatch();
      if (batch) return { design, comparison: { baseline: batch[0], designs: batch.slice(1), responses: this.compareResponses }, view: this.view };
    }
    return { design, comparison: null, view: 'results' };
  }

  private chartRendered(): void {
    // Run → first chart: only once the new run's first results have been drawn.
    if (!this.awaitingFirstChart || !this.sim.resultsSinceStart) return;
    this.awaitingFirstChart = false;
    performance.measure('run-to-first-chart', 'run-start');
    if (!performance.getEntriesByName('first-chart').length) performance.mark('first-chart');
  }

  /**
   * Run → last chart: from the same mark to the moment the batch is done and every chart of
   * the Results view shows its final results (the one-run flagging chart included), which is
   * when the user has the whole answer.
   */
  private lastChartCheck(): void {
    if (!this.awaitingLastChart || this.sim.status.running || this.view !== 'results') return;
    if (!this.querySelector('results-view')?.chartsSettled) return;
    this.awaitingLastChart = false;
    performance.measure('run-to-last-chart', 'run-start');
  }

  notify(kind: Notice['kind'], key: Notice['key'], vars?: Notice['vars'], details?: string[]): void {
    this.notices = [...this.notices, { id: ++this.noticeId, kind, key, vars, details }];
  }

  private snapshot() {
    const h = this.history;
    return h ? { lang: this.language, scenario: h.present, past: h.past.slice(-50), drafts: this.drafts, budget: this.budget, compare: { ...this.compareChoice, responses: this.compareResponses }, ...(this.origin ? { origin: this.origin } : {}) } : null;
  }

  protected override willUpdate(): void {
    // The static shell from index.html stays until there is a page to show in its place.
    if (this.history) this.querySelector(':scope > [data-shell]')?.remove();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('language')) document.documentElement.lang = this.language;
    document.title = `${t(this.language, this.viewTitleKey())} – ${t(this.language, 'appTitle')}`;
  }

  private viewTitleKey() {
    const keys = { results: 'viewResults', editor: 'viewEditor', library: 'viewLibrary', compare: 'viewCompare', pilot: 'viewPilot', report: 'viewReport', sensitivity: 'viewSensitivity', accessibility: 'viewAccessibility' } as const;
    return keys[this.view];
  }

  protected override render() {
    const L = this.language;
    if (!this.history) return this.querySelector('[data-shell]') ? null : html`<p class="loading">${t(L, 'loading')}</p>`;
    const scenario = this.history.present;
    const issues = this.currentIssues();
    const blocked = this.blockedCount();
    const run = this.sim.designRun;
    const stale = !!run && run.key !== contentKey(scenario);
    const comparing = this.view === 'compare' || this.view === 'report';
    const showRunPanel = this.view !== 'accessibility';
    const originDesign = this.origin?.ref.startsWith('design:') ? this.designs.find((d) => designKey(d) === this.origin!.ref) ?? null : null;
    return html`
      <a class="skip-link" href="#main" @click=${(e: Event) => { e.preventDefault(); this.querySelector<HTMLElement>('main')?.focus(); }}>${t(L, 'skipToContent')}</a>
      <app-header .language=${L} .view=${this.view} .scenarioTitle=${scenario.title[L]} .saveState=${this.saver.label(L)}></app-header>
      <storage-banner .language=${L} ?otherTab=${this.tabs.otherTab} ?otherSaved=${this.tabs.otherSaved} ?quota=${this.saver.result === 'quota'}></storage-banner>
      <notice-list .language=${L} .notices=${this.notices} @dismiss=${(e: CustomEvent<number>) => { this.notices = this.notices.filter((n) => n.id !== e.detail); }}></notice-list>
      ${this.view === 'accessibility' ? null : html`<design-bar .language=${L} .scenario=${scenario} .origin=${this.origin} .originDesign=${originDesign} ?valid=${blocked === 0}></design-bar>`}
      ${showRunPanel ? html`<run-panel .language=${L} .status=${this.sim.status} .blocked=${comparing ? this.compareBlocked() : blocked} .announcement=${this.sim.announcement}
        .label=${comparing ? t(L, 'runCompare') : ''} .share=${() => this.shareContent()} .blockedText=${comparing && blocked === 0 ? t(L, 'noDesigns') : ''}></run-panel>` : null}
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
        return html`<results-view .language=${L} .run=${this.sim.designRun} .scenario=${scenario} ?stale=${stale} ?valid=${blocked === 0} .budget=${this.budget} ?running=${this.sim.status.running}></results-view>`;
      case 'editor':
        return html`<scenario-editor .language=${L} .scenario=${scenario} .issues=${issues} .drafts=${this.drafts} ?canUndo=${canUndo(h)} ?canRedo=${canRedo(h)}></scenario-editor>`;
      case 'library':
        return html`<scenario-library .language=${L} .library=${LIBRARY} .scenario=${scenario} .designs=${this.designs} .openRef=${this.origin && !isModified(scenario, this.origin) ? this.origin.ref : ''}></scenario-library>`;
      case 'compare':
        return html`<compare-view .language=${L} .context=${this.ctx()} .choice=${this.compareChoice} .comparison=${this.sim.comparison} ?running=${this.sim.status.running} ?responses=${this.compareResponses}></compare-view>`;
      case 'pilot':
        return html`<pilot-view .language=${L} .scenario=${scenario}></pilot-view>`;
      case 'report':
        return html`<report-view .language=${L} .comparison=${this.sim.comparison} .designRun=${this.sim.designRun}></report-view>`;
      case 'sensitivity':
        return html`<sensitivity-view .language=${L} .scenario=${scenario}></sensitivity-view>`;
      case 'accessibility':
        return html`<accessibility-statement .language=${L}></accessibility-statement>`;
    }
  }
}

const now = (): string => new Date().toISOString();

declare global {
  interface HTMLElementTagNameMap {
    'app-root': AppRoot;
  }
}
