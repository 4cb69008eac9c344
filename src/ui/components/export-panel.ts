/** Downloads (summary CSV, all runs CSV, scenario JSON) and the share link. */
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { ENGINE, type Scenario, type Summary } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import type { JobResult } from '../run/BatchRunner.js';
import { BOM } from '../../share/csv.js';
import { summaryCsv } from '../../share/summaryCsv.js';
import { runsCsv } from '../../share/runsCsv.js';
import { downloadText, fileSlug } from '../../share/download.js';
import { encodeShare } from '../../share/shareLink.js';
import './glossary-link.js';

@customElement('export-panel')
export class ExportPanel extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) job: JobResult | null = null;
  @property({ attribute: false }) summary: Summary | null = null;
  @property({ attribute: false }) scenario: Scenario | null = null;
  @property({ type: Boolean }) valid = true;
  @state() private link = '';
  @state() private copied = false;

  private name(): string {
    return fileSlug(this.job?.scenario.id ?? 'scenario');
  }

  private async share(): Promise<void> {
    if (!this.scenario || !this.valid) return;
    this.link = `${location.href.split('#')[0]}#${encodeShare(this.scenario, ENGINE.version)}`;
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
    const job = this.job;
    return html`<section aria-labelledby="export-h" class="export-panel">
      <h2 id="export-h">${t(L, 'exportsHeading')} <glossary-link term="files" .language=${L}></glossary-link></h2>
      <div class="button-row">
        <button type="button" ?disabled=${!this.summary} data-testid="download-summary"
          @click=${() => this.summary && downloadText(`${this.name()}-summary.csv`, BOM + summaryCsv(this.summary, L), 'text/csv')}>${t(L, 'downloadSummary')}</button>
        <button type="button" ?disabled=${!job}
          @click=${() => job && downloadText(`${this.name()}-runs.csv`, BOM + runsCsv(job.result, job.scenario.seed, L), 'text/csv')}>${t(L, 'downloadRuns')}</button>
        <button type="button" ?disabled=${!this.scenario}
          @click=${() => this.scenario && downloadText(`${fileSlug(this.scenario.id)}.json`, JSON.stringify(this.scenario, null, 2) + '\n', 'application/json')}>${t(L, 'downloadScenario')}</button>
      </div>
      <h2>${t(L, 'shareHeading')}</h2>
      <div class="button-row">
        <button type="button" ?disabled=${!this.valid} data-testid="share" @click=${() => void this.share()}>${t(L, 'shareCopy')}</button>
        ${this.valid ? null : html`<span class="help">${t(L, 'shareBlocked')}</span>`}
      </div>
      ${this.link ? html`<label class="share-field">${t(L, 'shareFieldLabel')}
          <input id="share-link" type="text" readonly .value=${this.link} data-testid="share-link" /></label>
        <p role="status">${this.copied ? t(L, 'shareCopied') : ''}</p>` : null}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'export-panel': ExportPanel;
  }
}
