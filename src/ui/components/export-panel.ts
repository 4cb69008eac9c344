/** Downloads: summary CSV, all runs CSV, scenario JSON. (Share sits at the top, next to Run.) */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { Scenario } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import type { JobResult } from '../run/BatchRunner.js';
import { BOM } from '../../share/csv.js';
import { summaryCsv, type MetricRow } from '../../share/summaryCsv.js';
import { runsCsv } from '../../share/runsCsv.js';
import { downloadText, fileSlug } from '../../share/download.js';
import './glossary-link.js';

@customElement('export-panel')
export class ExportPanel extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) job: JobResult | null = null;
  /** The metrics as the table on screen shows them (the summary CSV writes the same). */
  @property({ attribute: false }) rows: readonly MetricRow[] = [];
  @property({ attribute: false }) scenario: Scenario | null = null;
  @property({ type: Boolean }) valid = true;
  private name(): string {
    return fileSlug(this.job?.scenario.id ?? 'scenario');
  }

  protected override render() {
    const L = this.language;
    const job = this.job;
    return html`<section aria-labelledby="export-h" class="export-panel">
      <h2 id="export-h">${t(L, 'exportsHeading')} <glossary-link term="files" .language=${L}></glossary-link></h2>
      <div class="button-row">
        <button type="button" ?disabled=${!this.rows.length} data-testid="download-summary"
          @click=${() => this.rows.length && downloadText(`${this.name()}-summary.csv`, BOM + summaryCsv(this.rows, L), 'text/csv')}>${t(L, 'downloadSummary')}</button>
        <button type="button" ?disabled=${!job}
          @click=${() => job && downloadText(`${this.name()}-runs.csv`, BOM + runsCsv(job.result, job.scenario.seed, L), 'text/csv')}>${t(L, 'downloadRuns')}</button>
        <button type="button" ?disabled=${!this.scenario}
          @click=${() => this.scenario && downloadText(`${fileSlug(this.scenario.id)}.json`, JSON.stringify(this.scenario, null, 2) + '\n', 'application/json')}>${t(L, 'downloadScenario')}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'export-panel': ExportPanel;
  }
}
