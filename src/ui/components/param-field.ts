/**
 * One parameter, generated from its spec: label, explanation, unit, allowed range, default and
 * source, the input (number, choice or yes/no; a number may be made uncertain with a
 * distribution), glossary links for the terms it uses, and the problem with its value, if any,
 * right where it is. Typing that is not a number yet is kept as a draft and blocks the run.
 */
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { ParamSpec, NumberSpec } from '../../core/model/ParamSpec.js';
import type { ScenarioIssue } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { termsIn } from '../../i18n/glossary.js';
import { unitLabel } from '../../i18n/unitLabel.js';
import { pathText, type PathKey } from '../state/setAtPath.js';
import { parseLocaleNumber } from '../state/parseLocaleNumber.js';
import { centralValue, DIST_FIELDS, DIST_KINDS, isDistribution, startDistribution, type DistKind } from '../state/distributions.js';
import { fieldId, fieldMessage, inputText } from './fieldText.js';
import './glossary-link.js';

@customElement('param-field')
export class ParamField extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) spec: ParamSpec | null = null;
  @property({ attribute: false }) path: readonly PathKey[] = [];
  /** The value set in the scenario, or undefined for the default. */
  @property({ attribute: false }) value: unknown = undefined;
  /** The value in effect when unset (the model's default). */
  @property({ attribute: false }) fallback: unknown = undefined;
  @property({ attribute: false }) issues: readonly ScenarioIssue[] = [];
  /** Drafts (unparsed text) by path text. */
  @property({ attribute: false }) drafts: Readonly<Record<string, string>> = {};
  /** Fields that must be set (no default to fall back to), e.g. runs. */
  @property({ type: Boolean }) required = false;

  private edit(path: readonly PathKey[], value: unknown): void {
    this.emit('scenario-edit', { path, value });
  }

  private numberChanged(path: readonly PathKey[], text: string): void {
    const key = pathText(path);
    if (text.trim() === '' && !this.required && path.length === this.path.length) {
      this.emit('scenario-draft', { path: key, text: null });
      this.edit(path, undefined);
      return;
    }
    const x = parseLocaleNumber(text);
    if (x === null) this.emit('scenario-draft', { path: key, text });
    else this.edit(path, x);
  }

  private numberInput(id: string, path: readonly PathKey[], shown: unknown, describedBy: string, invalid: boolean, label?: string) {
    const draft = this.drafts[pathText(path)];
    return html`<input id=${id} type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
      class=${this.value === undefined && path.length === this.path.length ? 'is-default' : ''}
      .value=${draft ?? inputText(shown, this.language)} aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'}
      aria-label=${label ?? nothing} @change=${(e: Event) => this.numberChanged(path, (e.target as HTMLInputElement).value)} />`;
  }

  /** The small "uncertain?" toggle behind the value: ticked, the value becomes a distribution around it. */
  private uncertainToggle(spec: NumberSpec, id: string, current: unknown) {
    const L = this.language;
    const on = isDistribution(current);
    const toggle = (e: Event): void => {
      const checked = (e.target as HTMLInputElement).checked;
      const number = isDistribution(current) ? centralValue(current) : typeof current === 'number' ? current : spec.default;
      this.edit(this.path, checked ? startDistribution('triangular', number, spec) : number);
    };
    return html`<label class="uncertain-toggle"><input type="checkbox" id=${`${id}-uncertain`} .checked=${on} data-testid="uncertain-toggle"
      aria-label=${t(L, 'uncertainToggleLabel', { label: spec.label[L] })} @change=${toggle} />${t(L, 'uncertainToggle')}</label>`;
  }

  private distSelect(spec: NumberSpec, id: string, current: unknown) {
    const L = this.language;
    if (!isDistribution(current)) return null;
    const kinds = DIST_KINDS.filter((k) => k !== 'beta' || (spec.min <= 0 && spec.max >= 1));
    const change = (e: Event): void => {
      const next = (e.target as HTMLSelectElement).value as DistKind;
      this.edit(this.path, startDistribution(next, centralValue(current), spec));
    };
    return html`<label class="dist-kind">${t(L, 'distKindLabel')}
      <select id=${`${id}-kind`} @change=${change}>
        ${kinds.map((k) => html`<option value=${k} ?selected=${current.dist === k}>${t(L, `dist_${k}`)}</option>`)}
      </select></label>`;
  }

  protected override render() {
    const spec = this.spec;
    if (!spec) return null;
    const L = this.language;
    const id = fieldId(this.path);
    const key = pathText(this.path);
    const mine = this.issues.filter((i) => i.path === key || i.path.startsWith(`${key}.`));
    const drafts = Object.entries(this.drafts).filter(([p]) => p === key || p.startsWith(`${key}.`));
    const messages = [...drafts.map(([, text]) => t(L, 'notANumber', { text, example: L === 'sv' ? '0,5' : '0.5' })), ...mine.map((i) => fieldMessage(i, spec, L))];
    const invalid = messages.length > 0;
    const current = this.value === undefined ? this.fallback : this.value;
    const describedBy = `${id}-help${invalid ? ` ${id}-error` : ''}`;
    const terms = termsIn(`${spec.label[L]} ${spec.explanation[L]}`, L).slice(0, 3);
    const isSet = this.value !== undefined;
    return html`<div class="field ${invalid ? 'invalid' : ''}" data-path=${key}>
      <div class="field-label">
        <label for=${id}>${spec.label[L]}</label>
        ${terms.length ? html`<span class="terms">${terms.map((g) => html`<glossary-link term=${g.id} .language=${L}></glossary-link>`)}</span>` : null}
      </div>
      <div class="field-input">
        ${this.renderInput(spec, id, current, describedBy, invalid)}
        ${isSet && !this.required ? html`<button type="button" class="small" aria-label=${t(L, 'resetLabel', { label: spec.label[L] })} @click=${() => { this.emit('scenario-draft', { path: key, text: null }); this.edit(this.path, undefined); }}>${t(L, 'reset')}</button>` : null}
      </div>
      <p class="help" id=${`${id}-help`}>${spec.explanation[L]} <span class="facts">${this.facts(spec)}</span></p>
      ${invalid ? html`<p class="error-text" id=${`${id}-error`}>${messages.map((m) => html`<span>${m}</span> `)}</p>` : null}
    </div>`;
  }

  private renderInput(spec: ParamSpec, id: string, current: unknown, describedBy: string, invalid: boolean) {
    const L = this.language;
    switch (spec.kind) {
      case 'boolean':
        return html`<input id=${id} type="checkbox" .checked=${current === true} aria-describedby=${describedBy} @change=${(e: Event) => this.edit(this.path, (e.target as HTMLInputElement).checked)} />
          <span class="checkbox-state" aria-hidden="true">${current === true ? t(L, 'yes') : t(L, 'no')}</span>`;
      case 'choice':
        return html`<select id=${id} aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} @change=${(e: Event) => this.edit(this.path, (e.target as HTMLSelectElement).value)}>
          ${spec.options.map((o) => html`<option value=${o.value} ?selected=${o.value === current}>${o.label[L]}</option>`)}
        </select>`;
      case 'number': {
        // "count" says nothing next to a whole number; the range line names it.
        const unit = spec.unit === 'count' ? null : html`<span class="unit">${unitLabel(spec.unit, L)}</span>`;
        if (!isDistribution(current)) {
          return html`${this.numberInput(id, this.path, current, describedBy, invalid)}${unit}${spec.uncertain ? this.uncertainToggle(spec, id, current) : null}`;
        }
        const fields = DIST_FIELDS[current.dist];
        return html`<span class="dist" role="group" aria-labelledby=${`${id}-dist-label`}>
            <span id=${`${id}-dist-label`} class="visually-hidden">${spec.label[L]}</span>
            ${fields.map((f, i) => html`<label class="dist-field">${t(L, `d_${f}`)}
              ${this.numberInput(i === 0 ? id : `${id}-${f}`, [...this.path, f], (current as unknown as Record<string, number>)[f], describedBy, invalid)}</label>`)}
          </span>${unit}${this.distSelect(spec, id, current)}${this.uncertainToggle(spec, id, current)}`;
      }
      case 'formula':
        return html`<textarea id=${id} class="formula" rows="3" spellcheck="false" autocomplete="off" .value=${String(current ?? '')}
          aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'}
          @change=${(e: Event) => this.edit(this.path, (e.target as HTMLTextAreaElement).value)}></textarea>`;
      default:
        // A spec kind this page does not know yet (added by a later model): show its value, do not guess an editor.
        return html`<output id=${id} aria-describedby=${describedBy}>${JSON.stringify(current ?? null)}</output>`;
    }
  }

  private facts(spec: ParamSpec) {
    const L = this.language;
    const parts: string[] = [];
    const shownDefault = this.fallback;
    if (spec.kind === 'number') {
      if (!this.required) parts.push(t(L, 'defaultIs', { v: inputText(shownDefault, L) }));
      parts.push(`${t(L, 'allowed', { min: inputText(spec.min, L), max: inputText(spec.max, L) })} ${unitLabel(spec.unit, L)}${spec.integer ? ` (${t(L, 'wholeNumber')})` : ''}`);
      if (spec.source) parts.push(`${t(L, 'source')}: ${spec.source}`);
      // An estimate says why, and the range a sensitivity analysis would try.
      if (spec.estimate) parts.push(spec.estimate[L]);
      if (spec.range) parts.push(t(L, 'plausibleRange', { low: inputText(spec.range[0], L), high: inputText(spec.range[1], L) }));
    } else if (spec.kind === 'choice') {
      const label = spec.options.find((o) => o.value === shownDefault)?.label[L];
      parts.push(t(L, 'defaultIs', { v: label ?? String(shownDefault) }));
    } else if (spec.kind === 'boolean') {
      parts.push(t(L, 'defaultIs', { v: shownDefault === true ? t(L, 'yes') : t(L, 'no') }));
    } else if (spec.kind === 'formula') {
      parts.push(t(L, 'defaultIs', { v: String(shownDefault) }));
    }
    return parts.join(' · ');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'param-field': ParamField;
  }
}
