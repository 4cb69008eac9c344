/** Messages at the top of the page (loaded, restored, warnings), each dismissible, in a live region. */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import type { Notice } from '../state/Notice.js';

@customElement('notice-list')
export class NoticeList extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) notices: Notice[] = [];

  protected override render() {
    const L = this.language;
    return html`<div class="notices" aria-live="polite" data-testid="notices">
      ${this.notices.map((n) => html`<div class="notice ${n.kind}">
        <p>${t(L, n.key, n.vars)}</p>
        ${n.details?.length ? html`<ul>${n.details.map((d) => html`<li>${d}</li>`)}</ul>` : null}
        <button type="button" class="small" aria-label=${t(L, 'dismiss')} @click=${() => this.dispatchEvent(new CustomEvent('dismiss', { detail: n.id }))}>×</button>
      </div>`)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'notice-list': NoticeList;
  }
}
