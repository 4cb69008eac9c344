/**
 * Designs to start from: the user's own named designs (open, rename, duplicate, delete,
 * export, import), then the shipped scenarios grouped — designs to try, for those who decide,
 * and behaviour tests, for analysts — each described from what it is, with its source
 * document cited. Opening replaces the design being edited as one undoable step.
 */
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { LIMITS, parseScenarioText, type Scenario } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { libraryGroup, type LibraryEntry, type LibraryGroup } from '../state/scenarioLibrary.js';
import { issueText } from '../state/issueText.js';
import { libraryKey } from '../state/compareChoice.js';
import { cleanName, designKey, MAX_NAME_CHARS, type SavedDesign } from '../state/designs.js';
import { describeDesign } from '../data/describeDesign.js';
import { sourceDocument } from '../data/sourceDocument.js';
import { storyText } from '../data/storyText.js';
import { downloadText, fileSlug } from '../../share/download.js';

type FileUse = 'open' | 'import';

const GROUP_TEXT = {
  designs: ['groupDesigns', 'groupDesignsIntro'], tests: ['groupTests', 'groupTestsIntro'], baselines: ['groupBaselines', 'groupBaselinesIntro'],
} as const;

@customElement('scenario-library')
export class ScenarioLibrary extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) library: readonly LibraryEntry[] = [];
  @property({ attribute: false }) scenario: Scenario | null = null;
  @property({ attribute: false }) designs: readonly SavedDesign[] = [];
  /** The key (`lib:…`, `design:…`) of the source the current design still equals, if any. */
  @property() openRef = '';
  @state() private fileProblem: { file: string; lines: string[] } | null = null;
  @state() private fileOk = '';
  @state() private renaming: string | null = null;
  @state() private renameText = '';

  private async readFile(e: Event, use: FileUse): Promise<void> {
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
    if (use === 'import') {
      this.emit('design-import', { scenario: checked.scenario, file: file.name });
      return;
    }
    this.fileOk = t(L, 'fileLoaded', { title: checked.scenario.title[L], file: file.name });
    this.emit('scenario-replace', { scenario: checked.scenario, message: checked.scenario.title[L] });
  }

  private rename(e: Event, id: string): void {
    e.preventDefault();
    const name = cleanName(this.renameText);
    if (!name) return;
    this.emit('design-rename', { id, name });
    this.renaming = null;
  }

  private renderDesign(d: SavedDesign) {
    const L = this.language;
    const name = d.scenario.title[L];
    const open = this.openRef === designKey(d);
    return html`<li class="card ${open ? 'loaded' : ''}" data-testid="saved-design">
      ${this.renaming === d.id
        ? html`<form class="rename-form" @submit=${(e: Event) => this.rename(e, d.id)}>
            <label for=${`rename-${d.id}`}>${t(L, 'newName')}</label>
            <input id=${`rename-${d.id}`} type="text" maxlength=${MAX_NAME_CHARS} .value=${this.renameText} data-testid="rename-input"
              @input=${(e: Event) => { this.renameText = (e.target as HTMLInputElement).value; }} />
            <button type="submit" class="primary">${t(L, 'confirmRename')}</button>
            <button type="button" @click=${() => { this.renaming = null; }}>${t(L, 'cancelRename')}</button>
          </form>`
        : html`<h3>${name}</h3>`}
      <p class="meta">${describeDesign(d.scenario, L)}</p>
      <div class="button-row">
        <button type="button" class=${open ? '' : 'primary'} ?disabled=${open} aria-label=${open ? t(L, 'designOpenNow') : t(L, 'openDesignLabel', { name })} data-testid="open-design"
          @click=${() => this.emit('design-open', { id: d.id })}>${open ? t(L, 'designOpenNow') : t(L, 'openDesign')}</button>
        <button type="button" aria-label=${t(L, 'renameDesignLabel', { name })} @click=${() => { this.renaming = d.id; this.renameText = name; }}>${t(L, 'renameDesign')}</button>
        <button type="button" aria-label=${t(L, 'duplicateDesignLabel', { name })} @click=${() => this.emit('design-duplicate', { id: d.id })}>${t(L, 'duplicateDesign')}</button>
        <button type="button" aria-label=${t(L, 'exportDesignLabel', { name })} @click=${() => this.emit('design-export', { id: d.id })}>${t(L, 'exportDesign')}</button>
        <button type="button" aria-label=${t(L, 'deleteDesignLabel', { name })} @click=${() => this.emit('design-delete', { id: d.id })}>${t(L, 'deleteDesign')}</button>
      </div>
    </li>`;
  }

  private renderEntry(e: LibraryEntry) {
    const L = this.language;
    const s = e.scenario;
    if (!s) return html`<li class="card broken"><h3>${e.id}</h3><p>${t(L, 'brokenEntry')}</p><ul>${e.issues.slice(0, 5).map((i) => html`<li>${issueText(i, L)}</li>`)}</ul></li>`;
    const key = libraryKey(e);
    const loaded = this.openRef === key;
    return html`<li class="card ${loaded ? 'loaded' : ''}">
      <h3>${s.title[L]}</h3>
      <p class="meta">${describeDesign(s, L)}${s.seedDocument ? html`<br />${t(L, 'seedDocument', { doc: sourceDocument(s.seedDocument, L) })}` : null}</p>
      ${s.story ? html`<details class="story"><summary>${t(L, 'storySummary')}</summary><p>${storyText(s.story[L], this.library, L)}</p></details>` : null}
      <button type="button" class=${loaded ? '' : 'primary'} ?disabled=${loaded} data-testid=${`load-${e.id}`}
        @click=${() => this.emit('library-open', { key })}>${loaded ? t(L, 'loadedNow') : t(L, 'loadThis', { title: s.title[L] })}</button>
    </li>`;
  }

  private renderGroup(group: LibraryGroup) {
    const L = this.language;
    const entries = this.library.filter((e) => libraryGroup(e) === group);
    if (!entries.length) return null;
    return html`<section aria-labelledby=${`lib-${group}`}>
      <h2 id=${`lib-${group}`}>${t(L, GROUP_TEXT[group][0])}</h2>
      <p class="help">${t(L, GROUP_TEXT[group][1])}</p>
      <ul class="library">${entries.map((e) => this.renderEntry(e))}</ul>
    </section>`;
  }

  protected override render() {
    const L = this.language;
    return html`
      <h1 tabindex="-1" class="view-heading">${t(L, 'libraryHeading')}</h1>
      <p class="intro">${t(L, 'libraryIntro')}</p>
      <div aria-live="polite">
        ${this.fileOk ? html`<p class="notice info">${this.fileOk}</p>` : null}
        ${this.fileProblem ? html`<div class="notice error"><p>${t(L, 'fileRejected', { file: this.fileProblem.file })}</p><ul>${this.fileProblem.lines.map((l) => html`<li>${l}</li>`)}</ul></div>` : null}
      </div>
      <section aria-labelledby="lib-mine">
        <h2 id="lib-mine">${t(L, 'myDesignsHeading')}</h2>
        <p class="help">${t(L, 'myDesignsIntro')}</p>
        <div class="file-tools">
          <label class="file-pick">
            <input type="file" accept=".json,application/json" data-testid="import-design" @change=${(e: Event) => void this.readFile(e, 'import')} /><span class="button">${t(L, 'importDesign')}</span></label>
          <label class="file-pick">
            <input type="file" accept=".json,application/json" data-testid="load-file" @change=${(e: Event) => void this.readFile(e, 'open')} /><span class="button">${t(L, 'loadFile')}</span></label>
          <button type="button" ?disabled=${!this.scenario} data-testid="download-scenario" @click=${() => this.scenario && downloadText(`${fileSlug(this.scenario.title[L])}.json`, JSON.stringify(this.scenario, null, 2) + '\n', 'application/json')}>${t(L, 'downloadScenario')}</button>
        </div>
        ${this.designs.length ? html`<ul class="library">${this.designs.map((d) => this.renderDesign(d))}</ul>` : html`<p class="empty">${t(L, 'myDesignsNone')}</p>`}
      </section>
      ${this.renderGroup('designs')}
      ${this.renderGroup('tests')}
      ${this.renderGroup('baselines')}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scenario-library': ScenarioLibrary;
  }
}
