/** A small "?" button after a label that opens the glossary at one term. */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { GLOSSARY } from '../../i18n/glossary.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';

@customElement('glossary-link')
export class GlossaryLink extends LightElement {
  @property() term = '';
  @property() language: Lang = 'sv';

  protected override render() {
    const entry = GLOSSARY.find((g) => g.id === this.term);
    if (!entry) return null;
    const name = t(this.language, 'glossaryOpen', { term: entry.term[this.language] });
    // The visible text is the term itself (inside the accessible name, as WCAG 2.5.3 asks).
    return html`<button type="button" class="glossary-link" aria-label=${name}
      @click=${() => this.emit('glossary-open', { term: entry.id })}><span aria-hidden="true" class="q">?</span>${entry.term[this.language]}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-link': GlossaryLink;
  }
}
