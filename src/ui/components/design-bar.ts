/**
 * The design being edited, described from what it is, and — once it differs from the
 * scenario or saved design it came from — a prompt to name and keep it (or to save the
 * changes into the saved design it came from).
 */
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { Scenario } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { describeDesign } from '../data/describeDesign.js';
import { isModified, type Origin } from '../state/origin.js';
import { cleanName, MAX_NAME_CHARS, type SavedDesign } from '../state/designs.js';

@customElement('design-bar')
export class DesignBar extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) scenario: Scenario | null = null;
  @property({ attribute: false }) origin: Origin | null = null;
  /** The saved design the current one came from, if it came from one. */
  @property({ attribute: false }) originDesign: SavedDesign | null = null;
  @property({ type: Boolean }) valid = true;
  @state() private name = '';
  @state() private nameError = false;

  private save(e: Event): void {
    e.preventDefault();
    const name = cleanName(this.name);
    this.nameError = !name;
    if (!name) return;
    this.emit('design-save', { name });
    this.name = '';
  }

  protected override render() {
    const s = this.scenario;
    if (!s) return null;
    const L = this.language;
    const modified = isModified(s, this.origin);
    const source = this.originDesign?.scenario.title[L] ?? this.origin?.title[L] ?? '';
    return html`<section class="design-bar ${modified ? 'modified' : ''}" aria-label=${t(L, 'designNameLabel')}>
      <p class="design-desc" data-testid="design-description"><strong>${s.title[L]}</strong>${this.originDesign && !modified ? html` <span class="tag">${t(L, 'savedDesignLine')}</span>` : null}: ${describeDesign(s, L)}</p>
      ${modified ? html`<p class="help name-prompt">${t(L, this.originDesign ? 'designUnsavedChanges' : 'designChanged', { source })}</p>
      <form class="name-form" @submit=${this.save}>
        <label for="design-name">${t(L, 'designNameLabel')}</label>
        <input id="design-name" type="text" maxlength=${MAX_NAME_CHARS} autocomplete="off" data-testid="design-name" .value=${this.name}
          aria-invalid=${this.nameError ? 'true' : 'false'} aria-describedby=${this.nameError ? 'design-name-error' : ''}
          @input=${(e: Event) => { this.name = (e.target as HTMLInputElement).value; this.nameError = false; }} />
        <button type="submit" ?disabled=${!this.valid} data-testid="save-design">${t(L, this.originDesign ? 'saveAsNew' : 'saveDesign')}</button>
        ${this.originDesign ? html`<button type="button" ?disabled=${!this.valid} data-testid="update-design" @click=${() => this.emit('design-update', null)}>${t(L, 'updateDesign')}</button>` : null}
        ${this.nameError ? html`<span id="design-name-error" class="error-text">${t(L, 'nameEmpty')}</span>` : null}
        ${this.valid ? null : html`<span class="help">${t(L, 'saveBlocked')}</span>`}
      </form>` : null}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'design-bar': DesignBar;
  }
}
