/**
 * The shipped scenarios (title, story, the source document it comes from), a file picker for a
 * scenario of one's own, and a download of the current one. Loading replaces the scenario as
 * one undoable step.
 */
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { LIMITS, parseScenarioText, type Scenario } from '../../engine.js';
import { measures, rules } from '../../../models/index.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import type { LibraryEntry } from '../state/scenarioLibrary.js';
import { canonical } from '../state/baselineFor.js';
import { issueText } from '../state/issueText.js';
import { downloadText, fileSlug } from '../../share/download.js';

@customElement('scenario-library')
export class ScenarioLibrary extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) library: readonly LibraryEntry[] = [];
  @property({ attribute: false }) scenario: Scenario | null = null;
  @state() private fileProblem: { file: string; lines: string[] } | null = null;
  @state() private fileOk = '';

  private async readFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const L = this.language;
    this.fileOk = '';
    // Refuse huge files before reading them into memory.
    const checked = file.size > LIMITS.maxFileBytes ? parseScenarioText('x'.repeat(LIMITS.maxFileBytes + 1)) : parseScenarioText(await file.text());
    if (!checked.ok) {
      this.fileProblem = { file: file.name, lines: checked.issues.map((i) => issueText(i, L)) };
      return;
    }
    this.fileProblem = null;
    this.fileOk = t(L, 'fileLoaded', { title: checked.scenario.title[L], file: file.name });
    this.emit('scenario-replace', { scenario: checked.scenario, message: checked.scenario.title[L] });
  }

  private summary(s: Scenario): string {
    const L = this.language;
    return t(L, 'ruleAndMeasure', {
      rule: rules[s.payment.rule]?.label[L] ?? s.payment.rule,
      measure: measures[s.measure.model]?.label[L] ?? s.measure.model,
      providers: s.segments.reduce((n, seg) => n + seg.providers, 0),
    });
  }

  protected override render() {
    const L = this.language;
    const current = this.scenario ? canonical(this.scenario) : '';
    return html`
      <h1 tabindex="-1" class="view-heading">${t(L, 'libraryHeading')}</h1>
      <p class="intro">${t(L, 'libraryIntro')}</p>
      <div class="file-tools">
        <label class="file-pick">
          <input type="file" accept=".json,application/json" data-testid="load-file" @change=${(e: Event) => void this.readFile(e)} /><span class="button">${t(L, 'loadFile')}</span></label>
        <button type="button" ?disabled=${!this.scenario} data-testid="download-scenario" @click=${() => this.scenario && downloadText(`${fileSlug(this.scenario.id)}.json`, JSON.stringify(this.scenario, null, 2) + '\n', 'application/json')}>${t(L, 'downloadScenario')}</button>
      </div>
      <div aria-live="polite">
        ${this.fileOk ? html`<p class="notice info">${this.fileOk}</p>` : null}
        ${this.fileProblem ? html`<div class="notice error"><p>${t(L, 'fileRejected', { file: this.fileProblem.file })}</p><ul>${this.fileProblem.lines.map((l) => html`<li>${l}</li>`)}</ul></div>` : null}
      </div>
      <ul class="library">
        ${this.library.map((e) => {
          const s = e.scenario;
          if (!s) return html`<li class="card broken"><h2>${e.file}</h2><p>${t(L, 'brokenEntry')}</p><ul>${e.issues.slice(0, 5).map((i) => html`<li>${issueText(i, L)}</li>`)}</ul></li>`;
          const loaded = canonical(s) === current;
          return html`<li class="card ${loaded ? 'loaded' : ''}">
            <h2>${s.title[L]}</h2>
            <p class="meta">${this.summary(s)}${s.seedDocument ? html` · ${t(L, 'seedDocument', { doc: s.seedDocument })}` : null}</p>
            ${s.story ? html`<p>${s.story[L]}</p>` : null}
            <button type="button" class=${loaded ? '' : 'primary'} ?disabled=${loaded} data-testid=${`load-${e.id}`}
              @click=${() => this.emit('scenario-replace', { scenario: s, message: s.title[L] })}>${loaded ? t(L, 'loadedNow') : t(L, 'loadThis', { title: s.title[L] })}</button>
          </li>`;
        })}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scenario-library': ScenarioLibrary;
  }
}
