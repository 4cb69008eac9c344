/**
 * The scenario editor, generated from the parameter specs in models/, in six sections with an
 * index — payment rule, measure, follow-up, providers and market, behaviour, uncertainty and
 * runs — and a search that finds a parameter by typing. Sub-fields of a switched-off option
 * are hidden. No form is written by hand for a rule or a measure; a new one in models/
 * appears here.
 */
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { LIMITS, type Scenario, type ScenarioIssue } from '../../engine.js';
import type { ParamSpecs } from '../../core/model/ParamSpec.js';
import { behaviourSpecs, measureKindParams, measures, measureSpecs, paymentSpecs, rules, sectionSpecs, segmentSpecs, services, type BehaviourName, type SectionName } from '../../../models/index.js';
import type { Lang } from '../../i18n/Lang.js';
import { t, type TextKey } from '../../i18n/t.js';
import { TOP_LEVEL_SPECS, PROVIDERS_SPEC } from '../state/topLevelSpecs.js';
import { fieldId } from './fieldText.js';
import { issueText } from '../state/issueText.js';
import { visibleKeys } from '../state/switches.js';
import { uncertainInputs } from '../state/uncertainInputs.js';
import type { PathKey } from '../state/setAtPath.js';
import './param-field.js';
import './glossary-link.js';

type Rec = Readonly<Record<string, unknown>> | undefined;

/** The editor's sections, in the order a design is thought through; the index links to them. */
const SECTIONS = [
  { id: 'ed-payment', label: 'sectionPayment' },
  { id: 'ed-measure', label: 'sectionMeasure' },
  { id: 'ed-followUp', label: 'sectionFollowUp' },
  { id: 'ed-market', label: 'sectionMarket' },
  { id: 'ed-behaviour', label: 'section_behaviour' },
  { id: 'ed-uncertainty', label: 'sectionUncertainty' },
] as const satisfies ReadonlyArray<{ id: string; label: TextKey }>;

/** Headings of the flat parameter sections, typed so a missing text is a compile error. */
const SECTION_TITLES: Readonly<Record<SectionName, TextKey>> = {
  care: 'section_care', followUp: 'section_followUp', riskAdjustment: 'section_riskAdjustment',
  flagging: 'section_flagging', inspection: 'section_inspection', fallback: 'section_fallback',
};
const BEHAVIOUR_TITLES: Readonly<Record<BehaviourName, TextKey>> = { effort: 'beh_effort', selection: 'beh_selection', gaming: 'beh_gaming', multitasking: 'beh_multitasking', participation: 'beh_participation' };

@customElement('scenario-editor')
export class ScenarioEditor extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) scenario: Scenario | null = null;
  @property({ attribute: false }) issues: readonly ScenarioIssue[] = [];
  @property({ attribute: false }) drafts: Readonly<Record<string, string>> = {};
  @property({ type: Boolean }) canUndo = false;
  @property({ type: Boolean }) canRedo = false;
  /** Text typed in "find a parameter": only matching fields (and their sections) are shown. */
  @state() private query = '';

  private textMatches(...texts: string[]): boolean {
    const q = this.query.trim().toLocaleLowerCase(this.language);
    return !q || texts.some((x) => x.toLocaleLowerCase(this.language).includes(q));
  }

  private specMatches(spec: ParamSpecs[string]): boolean {
    return this.textMatches(spec.label[this.language], spec.explanation[this.language]);
  }

  private field(spec: ParamSpecs[string], path: readonly PathKey[], value: unknown, fallback: unknown, required = false) {
    if (!this.specMatches(spec)) return null;
    return html`<param-field .language=${this.language} .spec=${spec} .path=${path} .value=${value} .fallback=${fallback}
      .issues=${this.issues} .drafts=${this.drafts} ?required=${required}></param-field>`;
  }

  /**
   * The parameters of a group that apply: a switched-off option hides its sub-fields (unless
   * one of them has a problem, which must stay visible); `defaults` are the model's own.
   */
  private params(specs: ParamSpecs, base: readonly PathKey[], values: Rec, defaults: Rec = undefined, only?: readonly string[]) {
    const keys = (only ?? Object.keys(specs)).filter((k) => k in specs);
    const prefix = base.join('.');
    const troubled = (k: string): boolean => this.issues.some((i) => i.path.startsWith(`${prefix}.${k}`)) || Object.keys(this.drafts).some((p) => p.startsWith(`${prefix}.${k}`));
    const shown = new Set(visibleKeys(specs, values, keys));
    return keys.filter((k) => shown.has(k) || troubled(k)).map((k) => this.field(specs[k], [...base, k], values?.[k], defaults?.[k] ?? specs[k].default));
  }

  private count(specs: ParamSpecs, only?: readonly string[]): number {
    return (only ?? Object.keys(specs)).filter((k) => k in specs && this.specMatches(specs[k])).length;
  }

  private select(id: string, label: string, value: string, options: ReadonlyArray<{ value: string; label: string }>, onChange: (v: string) => void, help?: string) {
    if (!this.textMatches(label, help ?? '')) return null;
    return html`<div class="field"><div class="field-label"><label for=${id}>${label}</label></div>
      <div class="field-input"><select id=${id} aria-describedby=${help ? `${id}-help` : nothing} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select></div>
      ${help ? html`<p class="help" id=${`${id}-help`}>${help}</p>` : null}</div>`;
  }

  private edit(path: readonly PathKey[], value: unknown): void {
    this.emit('scenario-edit', { path, value });
  }

  private focusIssue(issue: ScenarioIssue): void {
    this.query = '';
    void this.updateComplete.then(() => {
      const el = this.querySelector<HTMLElement>(`[data-path="${CSS.escape(issue.path)}"] input, [data-path="${CSS.escape(issue.path)}"] select`)
        ?? [...this.querySelectorAll<HTMLElement>('[data-path]')].find((f) => issue.path.startsWith(f.dataset.path ?? '\u0000'))?.querySelector<HTMLElement>('input, select') ?? null;
      el?.focus();
      el?.scrollIntoView({ block: 'center' });
    });
  }

  /** A section, or nothing when a search leaves it empty. */
  private section(id: string, title: unknown, count: number, body: unknown) {
    if (this.query.trim() && count === 0) return null;
    return html`<section class="editor-section" aria-labelledby=${id}><h2 id=${id} tabindex="-1">${title}</h2>${body}</section>`;
  }

  protected override render() {
    const s = this.scenario;
    if (!s) return null;
    const L = this.language;
    const text = (k: TextKey, vars?: Record<string, string | number>): string => t(L, k, vars);
    const rule = rules[s.payment.rule];
    const measure = measures[s.measure.model];
    const flat = (name: SectionName) => this.params(sectionSpecs[name] as ParamSpecs, [name], (s as unknown as Record<string, Rec>)[name]);
    const flatCount = (name: SectionName): number => this.count(sectionSpecs[name] as ParamSpecs);
    const sub = (name: SectionName) => (flatCount(name) ? html`<h3>${text(SECTION_TITLES[name])}</h3>${flat(name)}` : null);
    const uncertain = uncertainInputs(s);
    const searching = this.query.trim() !== '';
    const one = (...texts: string[]): number => (this.textMatches(...texts) ? 1 : 0);
    const counts = {
      payment: one(text('ruleLabel'), rule?.explanation[L] ?? '') + (rule ? this.count(rule.params) : 0) + this.count(paymentSpecs) + flatCount('riskAdjustment') + flatCount('flagging'),
      measure: one(text('measureLabel')) + (measure ? this.count(measureSpecs, measureKindParams[measure.kind]) : 0),
      followUp: flatCount('followUp') + flatCount('inspection'),
      market: s.segments.reduce((n, seg) => n + one(text('serviceLabel'), services[seg.service]?.explanation[L] ?? '') + this.count({ providers: PROVIDERS_SPEC }) + this.count(segmentSpecs), 0)
        + one(text('marketLabel'), text('marketHelp')) + (s.market === 'redrawn' ? 0 : this.count({ markets: TOP_LEVEL_SPECS.markets })) + flatCount('care') + flatCount('fallback'),
      behaviour: (Object.keys(behaviourSpecs) as BehaviourName[]).reduce((n, name) => n + this.count(behaviourSpecs[name] as ParamSpecs), 0),
      uncertainty: this.count({ runs: TOP_LEVEL_SPECS.runs, seed: TOP_LEVEL_SPECS.seed, horizonMonths: TOP_LEVEL_SPECS.horizonMonths }) + 2 * one(text('titleSv'), text('titleEn')),
    };
    const found = Object.values(counts).reduce((a, b) => a + b, 0);
    return html`
      <h1 tabindex="-1" class="view-heading">${text('editorHeading')}</h1>
      <p class="intro">${text('editorIntro')}</p>
      <div class="editor-tools sticky-tools">
        <div class="button-row">
          <button type="button" ?disabled=${!this.canUndo} aria-label=${text('undoLabel')} data-testid="undo" @click=${() => this.emit('undo', null)}>${text('undo')}</button>
          <button type="button" ?disabled=${!this.canRedo} aria-label=${text('redoLabel')} data-testid="redo" @click=${() => this.emit('redo', null)}>${text('redo')}</button>
        </div>
        <div class="find-field"><label for="find-param">${text('findParam')}</label>
          <input id="find-param" type="search" autocomplete="off" data-testid="find-param" .value=${this.query} aria-describedby="find-help"
            @input=${(e: Event) => { this.query = (e.target as HTMLInputElement).value; }} />
          <span id="find-help" class="help" role="status">${searching ? text('findCount', { n: found }) : text('findHelp')}</span></div>
        <nav class="editor-index" aria-label=${text('editorIndex')}><ul>
          ${SECTIONS.map((x) => html`<li><a href=${`#${x.id}`} @click=${(e: Event) => { e.preventDefault(); this.query = ''; void this.updateComplete.then(() => { const h = this.querySelector<HTMLElement>(`#${x.id}`); h?.scrollIntoView({ block: 'start' }); h?.focus({ preventScroll: true }); }); }}>${text(x.label)}</a></li>`)}
        </ul></nav>
      </div>
      ${this.issues.length ? html`<div class="notice error issue-summary" role="alert">
        <h2>${text('issuesHeading', { n: this.issues.length })}</h2>
        <ul>${this.issues.map((i) => html`<li>${issueText(i, L, s.payment.rule)} <button type="button" class="link" @click=${() => this.focusIssue(i)}>${text('goToField')}</button></li>`)}</ul>
      </div>` : null}

      ${this.section('ed-payment', html`${text('sectionPayment')} <glossary-link term="perDiem" .language=${L}></glossary-link>`,
        counts.payment, html`
        ${this.select('f-payment-rule', text('ruleLabel'), s.payment.rule, Object.values(rules).map((r) => ({ value: r.id, label: r.label[L] })),
          (v) => this.edit(['payment'], { rule: v, ...(s.payment.settings ? { settings: s.payment.settings } : {}) }), rule?.explanation[L])}
        ${rule ? this.params(rule.params, ['payment', 'params'], s.payment.params) : null}
        ${this.count(paymentSpecs) ? html`<h3>${text('sectionPaymentSettings')}</h3>${this.params(paymentSpecs, ['payment', 'settings'], s.payment.settings)}` : null}
        ${sub('riskAdjustment')}
        ${sub('flagging')}`)}

      ${this.section('ed-measure', text('sectionMeasure'), counts.measure, html`
        ${this.select('f-measure-model', text('measureLabel'), s.measure.model, Object.values(measures).map((m) => ({ value: m.id, label: m.label[L] })), (v) => this.edit(['measure'], { model: v }))}
        ${measure && !searching ? html`<div class="model-note">
          ${measure.wording ? html`<p><strong>${text('wording')}:</strong> ${measure.wording[L]}</p>` : null}
          <p>${measure.explanation[L]}</p>${measure.source ? html`<p class="help">${text('source')}: ${measure.source}</p>` : null}</div>` : null}
        ${measure ? this.params(measureSpecs, ['measure', 'params'], s.measure.params, measure.defaults, measureKindParams[measure.kind]) : null}`)}

      ${this.section('ed-followUp', text('sectionFollowUp'), counts.followUp, html`${flat('followUp')}${sub('inspection')}`)}

      ${this.section('ed-market', text('sectionMarket'), counts.market, html`
        ${s.segments.map((seg, i) => html`<fieldset class="segment"><legend>${text('segmentHeading', { n: i + 1 })}</legend>
          ${this.select(`f-segments-${i}-service`, text('serviceLabel'), seg.service, Object.values(services).map((sv) => ({ value: sv.id, label: sv.label[L] })), (v) => this.edit(['segments', i, 'service'], v), services[seg.service]?.explanation[L])}
          ${this.field(PROVIDERS_SPEC, ['segments', i, 'providers'], seg.providers, seg.providers, true)}
          ${this.params(segmentSpecs, ['segments', i, 'params'], seg.params, services[seg.service]?.defaults)}
          ${s.segments.length > 1 && !searching ? html`<button type="button" @click=${() => this.edit(['segments', i], undefined)}>${text('removeSegment', { n: i + 1 })}</button>` : null}
        </fieldset>`)}
        ${s.segments.length < LIMITS.maxSegments && !searching ? html`<button type="button" @click=${() => this.edit(['segments', s.segments.length], { service: s.segments[0]?.service ?? 'hvbYouth', providers: 10 })}>${text('addSegment')}</button>` : null}
        ${this.select('f-market', text('marketLabel'), s.market ?? 'fixed', [{ value: 'fixed', label: text('marketFixed') }, { value: 'redrawn', label: text('marketRedrawn') }], (v) => this.edit(['market'], v === 'fixed' ? undefined : v), text('marketHelp'))}
        ${s.market === 'redrawn' ? null : this.field(TOP_LEVEL_SPECS.markets, ['markets'], s.markets, 1)}
        ${sub('care')}
        ${sub('fallback')}`)}

      ${this.section('ed-behaviour', text('section_behaviour'), counts.behaviour, html`
        ${searching ? null : html`<p class="help">${text('behaviourHelp')}</p>`}
        ${(Object.keys(behaviourSpecs) as BehaviourName[]).filter((name) => this.count(behaviourSpecs[name] as ParamSpecs) > 0).map((name) => html`<fieldset class="behaviour"><legend>${text(BEHAVIOUR_TITLES[name])}</legend>
          ${this.params(behaviourSpecs[name] as ParamSpecs, ['behaviour', name], (s.behaviour as Record<string, Rec> | undefined)?.[name])}
        </fieldset>`)}`)}

      ${this.section('ed-uncertainty', text('sectionUncertainty'), counts.uncertainty, html`
        ${searching ? null : html`<p class="help">${text('uncertaintyHelp')}</p>
          <p data-testid="uncertain-inputs">${uncertain.length ? text('uncertainList', { list: uncertain.map((p) => p.label[L]).join(', ') }) : text('uncertainNone')}</p>`}
        ${this.field(TOP_LEVEL_SPECS.runs, ['runs'], s.runs, s.runs, true)}
        ${this.field(TOP_LEVEL_SPECS.seed, ['seed'], s.seed, s.seed, true)}
        ${this.field(TOP_LEVEL_SPECS.horizonMonths, ['horizonMonths'], s.horizonMonths, s.horizonMonths, true)}
        ${this.textMatches(text('titleSv'), text('titleEn')) ? html`${this.textField('title-sv', text('titleSv'), s.title.sv, ['title', 'sv'], 'sv')}
          ${this.textField('title-en', text('titleEn'), s.title.en, ['title', 'en'], 'en')}` : null}`)}
    `;
  }

  private textField(id: string, label: string, value: string, path: readonly PathKey[], lang: Lang) {
    const fid = fieldId(path);
    return html`<div class="field" data-path=${path.join('.')}><div class="field-label"><label for=${fid}>${label}</label></div>
      <div class="field-input"><input id=${fid} type="text" lang=${lang} maxlength="200" .value=${value} aria-describedby=${`${id}-help`}
        @change=${(e: Event) => { const v = (e.target as HTMLInputElement).value.trim(); if (v) this.edit(path, v); else (e.target as HTMLInputElement).value = value; }} /></div>
      <p class="help" id=${`${id}-help`}>${t(this.language, 'titleHelp')}</p></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scenario-editor': ScenarioEditor;
  }
}
