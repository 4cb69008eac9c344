/**
 * Warnings that concern the user's saved work, each with the way out: another tab of the
 * workbench (reload its newer state, or keep this one) and a full browser storage (download
 * the scenario as a file). Shown above the views, in an assertive region: work is at stake.
 */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';

@customElement('storage-banner')
export class StorageBanner extends LightElement {
  @property() language: Lang = 'sv';
  @property({ type: Boolean }) otherTab = false;
  @property({ type: Boolean }) otherSaved = false;
  @property({ type: Boolean }) quota = false;

  private send(name: 'reload-newer' | 'keep-this' | 'download-scenario'): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true }));
  }

  protected override render() {
    const L = this.language;
    return html`<div role="alert" class="storage-banners">
      ${this.otherTab ? html`<div class="notice warning" data-testid="other-tab-banner">
        <p>${t(L, this.otherSaved ? 'otherTabSaved' : 'otherTabOpen')}</p>
        <p class="actions">
          <button type="button" data-testid="reload-newer" @click=${() => this.send('reload-newer')}>${t(L, 'otherTabReload')}</button>
          <button type="button" data-testid="keep-this" @click=${() => this.send('keep-this')}>${t(L, 'otherTabKeep')}</button>
        </p>
      </div>` : null}
      ${this.quota ? html`<div class="notice error" data-testid="quota-banner">
        <p>${t(L, 'quotaExceeded')}</p>
        <p class="actions"><button type="button" data-testid="quota-download" @click=${() => this.send('download-scenario')}>${t(L, 'downloadScenario')}</button></p>
      </div>` : null}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'storage-banner': StorageBanner;
  }
}
