/**
 * Share: makes a link to what is on screen (the design, or the whole comparison on Compare
 * and Report), copies it to the clipboard where allowed, and shows it in a field to copy by
 * hand, saying what the link will show.
 */
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { ENGINE } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { encodeShare, type ShareContent } from '../../share/shareLink.js';

@customElement('share-button')
export class ShareButton extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) content: (() => ShareContent | null) | null = null;
  @state() private link = '';
  @state() private comparison = false;
  @state() private copied = false;
  @state() private blocked = false;

  private async share(): Promise<void> {
    const c = this.content?.() ?? null;
    this.blocked = !c;
    if (!c) { this.link = ''; return; }
    this.link = `${location.href.split('#')[0]}#${encodeShare(c, ENGINE.version)}`;
    this.comparison = !!c.comparison;
    this.copied = false;
    try {
      await navigator.clipboard.writeText(this.link);
      this.copied = true;
    } catch {
      // No clipboard permission: the link is shown in the field below to copy by hand.
      this.copied = false;
    }
    await this.updateComplete;
    this.querySelector<HTMLInputElement>('#share-link')?.select();
  }

  protected override render() {
    const L = this.language;
    return html`<span class="share-button">
      <button type="button" data-testid="share" aria-expanded=${this.link || this.blocked ? 'true' : 'false'} aria-controls="share-box" @click=${() => void this.share()}>${t(L, 'share')}</button>
      <div id="share-box" class="share-box" ?hidden=${!this.link && !this.blocked}>
        ${this.blocked ? html`<p class="error-text">${t(L, 'shareBlocked')}</p>` : null}
        ${this.link ? html`<label class="share-field">${t(L, 'shareFieldLabel')}
            <input id="share-link" type="text" readonly .value=${this.link} data-testid="share-link" /></label>
          <p class="help">${t(L, 'shareWhat', { what: t(L, this.comparison ? 'shareWhatComparison' : 'shareWhatDesign') })}
            <span role="status">${this.copied ? t(L, 'shareCopied') : ''}</span></p>` : null}
        <button type="button" class="small" @click=${() => { this.link = ''; this.blocked = false; }}>${t(L, 'shareClose')}</button>
      </div>
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'share-button': ShareButton;
  }
}
