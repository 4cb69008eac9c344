/**
 * The scenario editor, generated from the parameter specs in models/: general settings, each
 * market segment, the measure, the payment rule and its settings, and every parameter section.
 * No form is written by hand for a rule or a measure; a new one in models/ appears here.
 */
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { BEHAVIOUR_NAMES, LIMITS, SECTION_NAMES, type BehaviourName, type Scenario, type ScenarioIssue, type SectionName } from '../../engine.js';
import type { ParamSpecs } from '../../core/model/ParamSpec.js';
import { behaviourSpecs, measureKindParams, measures, measureSpecs, paymentSpecs, rules, sectionSpecs, segmentSpecs, services } from '../../../models/index.js';
import type { Lang } from '../../i18n/Lang.js';
import { t, type TextKey } from '../../i18n/t.js';
import { TOP_LEVEL_SPECS, PROVIDERS_SPEC } from '../state/topLevelSpecs.js';
import { fieldId } from './fieldText.js';
import { issueText } from '../state/issueText.js';
import type { PathKey } from '../state/setAtPath.js';
import './param-field.js';
import './glossary-link.js';

type Rec = Readonly<Record<string, unknown>> | undefined;

@customElement('scenario-editor')
export class ScenarioEditor extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) scenario: Scenario | null = null;
  @property({ attribute: false }) issues: readonly ScenarioIssue[] = [];
  @property({ attribute: false }) drafts: Readonly<Record<string, string>> = {};
  @property({ type: Boolean }) canUndo = false;
  @property({ type: Boolean }) canRedo = false;

  private field(spec: ParamSpecs[string], path: readonly PathKey[], value: unknown, fallback: unknown, required = false) {
    return html`<param-field .language=${this.language} .spec=${spec} .path=${path} .value=${value} .fallback=${fallback}
      .issues=${this.issues} .drafts=${this.drafts} ?required=${required}></param-field>`;
  }

  /** Every parameter of a section; `defaults` are the model's own (service, measure) before the spec's. */
  private params(specs: ParamSpecs, base: readonly PathKey[], values: Rec, defaults: Rec = undefined, only?: readonly string[]) {
    return (only ?? Object.keys(specs)).filter((k) => k in specs).map((k) => this.field(specs[k], [...base, k], values?.[k], defaults?.[k] ?? specs[k].default));
  }

  private select(id: string, label: string, value: string, options: ReadonlyArray<{ value: string; label: string }>, onChange: (v: string) => void, help?: string) {
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
    const el = this.querySelector<HTMLElement>(`[data-path="${CSS.escape(issue.path)}"] input, [data-path="${CSS.escape(issue.path)}"] select`)
      ?? [...this.querySelectorAll<HTMLElement>('[data-path]')].find((f) => issue.path.startsWith(f.dataset.path ?? '\u0000'))?.querySelector<HTMLElement>('input, select') ?? null;
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
  }

  protected override render() {
    const s = this.scenario;
    if (!s) return null;
    const L = this.language;
    const text = (k: TextKey, vars?: Record<string, string | number>): string => t(L, k, vars);
    const rule = rules[s.payment.rule];
    const measure = measures[s.measure.model];
    return html`
      <h1 tabindex="-1" class="view-heading">${text('editorHeading')}</h1>
      <p class="intro">${text('editorIntro')}</p>
      <div class="button-row sticky-tools">
        <button type="button" ?disabled=${!this.canUndo} aria-label=${text('undoLabel')} data-testid="undo" @click=${() => this.emit('undo', null)}>${text('undo')}</button>
        <button type="button" ?disabled=${!this.canRedo} aria-label=${text('redoLabel')} data-testid="redo" @click=${() => this.emit('redo', null)}>${text('redo')}</button>
      </div>
      ${this.issues.length ? html`<div class="notice error issue-summary" role="alert">
        <h2>${text('issuesHeading', { n: this.issues.length })}</h2>
        <ul>${this.issues.map((i) => html`<li>${issueText(i, L, s.payment.rule)} <button type="button" class="link" @click=${() => this.focusIssue(i)}>${text('goToField')}</button></li>`)}</ul>
      </div>` : null}

      <section aria-labelledby="ed-general"><h2 id="ed-general">${text('sectionGeneral')}</h2>
        ${this.textField('title-sv', text('titleSv'), s.title.sv, ['title', 'sv'], 'sv')}
        ${this.textField('title-en', text('titleEn'), s.title.en, ['title', 'en'], 'en')}
        ${this.field(TOP_LEVEL_SPECS.runs, ['runs'], s.runs, s.runs, true)}
        ${this.field(TOP_LEVEL_SPECS.seed, ['seed'], s.seed, s.seed, true)}
        ${this.field(TOP_LEVEL_SPECS.horizonMonths, ['horizonMonths'], s.horizonMonths, s.horizonMonths, true)}
        ${this.select('f-market', text('marketLabel'), s.market ?? 'fixed', [{ value: 'fixed', label: text('marketFixed') }, { value: 'redrawn', label: text('marketRedrawn') }], (v) => this.edit(['market'], v === 'fixed' ? undefined : v), text('marketHelp'))}
      </section>

      <section aria-labelledby="ed-segments"><h2 id="ed-segments">${text('sectionSegments')}</h2>
        ${s.segments.map((seg, i) => html`<fieldset class="segment"><legend>${text('segmentHeading', { n: i + 1 })}</legend>
          ${this.select(`f-segments-${i}-service`, text('serviceLabel'), seg.service, Object.values(services).map((sv) => ({ value: sv.id, label: sv.label[L] })), (v) => this.edit(['segments', i, 'service'], v), services[seg.service]?.explanation[L])}
          ${this.field(PROVIDERS_SPEC, ['segments', i, 'providers'], seg.providers, seg.providers, true)}
          ${this.params(segmentSpecs, ['segments', i, 'params'], seg.params, services[seg.service]?.defaults)}
          ${s.segments.length > 1 ? html`<button type="button" @click=${() => this.edit(['segments', i], undefined)}>${text('removeSegment', { n: i + 1 })}</button>` : null}
        </fieldset>`)}
        ${s.segments.length < LIMITS.maxSegments ? html`<button type="button" @click=${() => this.edit(['segments', s.segments.length], { service: s.segments[0]?.service ?? 'hvbYouth', providers: 10 })}>${text('addSegment')}</button>` : null}
      </section>

      <section aria-labelledby="ed-measure"><h2 id="ed-measure">${text('sectionMeasure')}</h2>
        ${this.select('f-measure-model', text('measureLabel'), s.measure.model, Object.values(measures).map((m) => ({ value: m.id, label: m.label[L] })), (v) => this.edit(['measure'], { model: v }))}
        ${measure ? html`<div class="model-note">
          ${measure.wording ? html`<p><strong>${text('wording')}:</strong> ${measure.wording[L]}</p>` : null}
          <p>${measure.explanation[L]}</p><p class="help">${text('source')}: ${measure.source}</p></div>
          ${this.params(measureSpecs, ['measure', 'params'], s.measure.params, measure.defaults, measureKindParams[measure.kind])}` : null}
      </section>

      <section aria-labelledby="ed-payment"><h2 id="ed-payment">${text('sectionPayment')} <glossary-link term="perDiem" .language=${L}></glossary-link></h2>
        ${this.select('f-payment-rule', text('ruleLabel'), s.payment.rule, Object.values(rules).map((r) => ({ value: r.id, label: r.label[L] })),
          (v) => this.edit(['payment'], { rule: v, ...(s.payment.settings ? { settings: s.payment.settings } : {}) }))}
        ${rule ? html`<p class="model-note">${rule.explanation[L]}</p>${this.params(rule.params, ['payment', 'params'], s.payment.params)}` : null}
        <h3>${text('sectionPaymentSettings')}</h3>
        ${this.params(paymentSpecs, ['payment', 'settings'], s.payment.settings)}
      </section>

      ${SECTION_NAMES.map((name) => html`<section aria-labelledby=${`ed-${name}`}>
        <h2 id=${`ed-${name}`}>${text(sectionTitle(name))}</h2>
        ${this.params(sectionSpecs[name], [name], s[name])}
      </section>`)}

      <section aria-labelledby="ed-behaviour"><h2 id="ed-behaviour">${text('section_behaviour')}</h2>
        <p class="help">${text('behaviourHelp')}</p>
        ${BEHAVIOUR_NAMES.map((name) => html`<fieldset class="behaviour"><legend>${text(behaviourTitle(name))}</legend>
          ${this.params(behaviourSpecs[name], ['behaviour', name], s.behaviour?.[name])}
        </fieldset>`)}
      </section>
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

/** Headings of the sections and behaviours: a name without its text is a compile error. */
const sectionTitle = (name: SectionName): TextKey => `section_${name}`;
const behaviourTitle = (name: BehaviourName): TextKey => `beh_${name}`;

declare global {
  interface HTMLElementTagNameMap {
    'scenario-editor': ScenarioEditor;
  }
}
