/**
 * Run and Cancel, with a progress bar, runs done of total and the time left, and Share next
 * to Run. Milestones (start, halfway, done, cancelled) are announced in a polite live region;
 * the bar itself is not announced at every step, which would drown a screen reader.
 */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { formatDuration, formatNumber } from '../../i18n/format.js';
import type { ShareContent } from '../../share/shareLink.js';
import './share-button.js';

export interface RunStatus {
  running: boolean;
  runsDone: number;
  runsTotal: number;
  etaSeconds: number | null;
}

@customElement('run-panel')
export class RunPanel extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) status: RunStatus = { running: false, runsDone: 0, runsTotal: 0, etaSeconds: null };
  /** Problems that block running (0 = may run). */
  @property({ type: Number }) blocked = 0;
  /** Why running is blocked, when it is not errors in the scenario. */
  @property() blockedText = '';
  @property() announcement = '';
  /** Text of the run button (the compare view runs a comparison). */
  @property() label = '';
  /** What Share shares right now (null: nothing valid to share). */
  @property({ attribute: false }) share: (() => ShareContent | null) | null = null;

  protected override render() {
    const L = this.language;
    const s = this.status;
    return html`<div class="run-panel" role="group" aria-label=${t(L, 'progressLabel')}>
      <div class="run-buttons">
        <button type="button" class="primary" data-testid="run" ?disabled=${s.running || this.blocked > 0}
          aria-describedby=${this.blocked > 0 ? 'run-blocked' : ''} @click=${() => this.emit('run', null)}>${this.label || t(L, 'run')}</button>
        <button type="button" data-testid="cancel" ?disabled=${!s.running} @click=${() => this.emit('cancel', null)}>${t(L, 'cancel')}</button>
        ${this.share ? html`<share-button .language=${L} .content=${this.share}></share-button>` : null}
      </div>
      ${s.running || s.runsTotal > 0
        ? html`<div class="progress">
            <progress max=${Math.max(1, s.runsTotal)} .value=${s.runsDone} aria-label=${t(L, 'progressLabel')}></progress>
            <span data-testid="runs-progress">${t(L, 'runsProgress', { done: formatNumber(s.runsDone, L), total: formatNumber(s.runsTotal, L) })}</span>
            ${s.running ? html`<span class="eta">${s.etaSeconds === null ? t(L, 'estimating') : t(L, 'timeLeft', { time: formatDuration(s.etaSeconds, L) })}</span>` : null}
          </div>`
        : null}
      ${this.blocked > 0 ? html`<p id="run-blocked" class="error-text">${this.blockedText || t(L, 'runBlocked', { n: this.blocked })}</p>` : null}
      <p class="run-status" role="status" aria-live="polite" data-testid="run-announcement">${this.announcement}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'run-panel': RunPanel;
  }
}
