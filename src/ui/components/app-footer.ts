/** The footer: the accessibility statement, the glossary, the engine version and a privacy note. */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { ENGINE } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';

@customElement('app-footer')
export class AppFooter extends LightElement {
  @property() language: Lang = 'sv';

  protected override render() {
    const L = this.language;
    return html`<footer class="app-footer">
      <ul>
        <li><a href="#accessibility" data-testid="a11y-link" @click=${(e: Event) => { e.preventDefault(); this.emit('navigate', { view: 'accessibility' }); }}>${t(L, 'viewAccessibility')}</a></li>
        <li><button type="button" class="link" @click=${() => this.emit('glossary-open', { term: null })}>${t(L, 'viewGlossary')}</button></li>
        <li>${t(L, 'footerEngine', { name: ENGINE.name, version: ENGINE.version })}</li>
        <li>${t(L, 'footerPrivacy')}</li>
      </ul>
    </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'app-footer': AppFooter;
  }
}
