/** The page header: title, the views as navigation, and the language switch. */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { VIEWS, type ViewId } from '../views.js';

@customElement('app-header')
export class AppHeader extends LightElement {
  @property() language: Lang = 'sv';
  @property() view: ViewId = 'results';
  @property() scenarioTitle = '';
  @property() saveState = '';

  protected override render() {
    const L = this.language;
    const other: Lang = L === 'sv' ? 'en' : 'sv';
    return html`<header class="app-header">
      <div class="brand">
        <p class="app-title"><a href="#results" @click=${(e: Event) => this.go(e, 'results')}>${t(L, 'appTitle')}</a></p>
        <p class="tagline">${t(L, 'appTagline')}</p>
      </div>
      <button type="button" class="lang-switch" lang=${other} aria-label=${t(L, 'switchToOtherLabel')} data-testid="lang-switch"
        @click=${() => this.emit('lang-change', { lang: other })}>${t(L, 'switchToOther')}</button>
      <nav aria-label=${t(L, 'navLabel')}>
        <ul>
          ${VIEWS.filter((v) => v.inNav).map((v) => html`<li><a href=${`#${v.id}`} aria-current=${this.view === v.id ? 'page' : 'false'}
            @click=${(e: Event) => this.go(e, v.id)}>${t(L, v.label)}</a></li>`)}
        </ul>
      </nav>
      <p class="scenario-line"><span class="label">${t(L, 'currentScenario')}:</span> <strong>${this.scenarioTitle}</strong>
        <span class="save-state" data-testid="save-state">${this.saveState}</span></p>
    </header>`;
  }

  private go(e: Event, view: ViewId): void {
    e.preventDefault();
    this.emit('navigate', { view });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'app-header': AppHeader;
  }
}
