/**
 * Compare: pick a baseline and up to four designs, run them all on the baseline's seed and
 * runs (common random numbers), and read one card per design and a dot-plot of differences.
 */
import { html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { Scenario } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { formatNumber } from '../../i18n/format.js';
import type { LibraryEntry } from '../state/scenarioLibrary.js';
import type { ComparisonRun } from '../state/ComparisonRun.js';
import { CURRENT, libraryKey, MAX_DESIGNS, resolveChoice } from '../state/compareChoice.js';
import { canonical } from '../state/baselineFor.js';
import { comparisonCard, differenceFigure, type CardModel } from '../data/comparisonFigures.js';
import type { FigureModel } from '../chart/FigureModel.js';
import type { RunStatus } from './run-panel.js';
import './run-panel.js';
import './compare-card.js';
import './chart-figure.js';
import './glossary-link.js';

@customElement('compare-view')
export class CompareView extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) library: readonly LibraryEntry[] = [];
  @property({ attribute: false }) scenario: Scenario | null = null;
  @property({ attribute: false }) choice: { baseline: string; designs: string[] } = { baseline: CURRENT, designs: [] };
  @property({ attribute: false }) comparison: ComparisonRun | null = null;
  @property({ attribute: false }) status: RunStatus = { running: false, runsDone: 0, runsTotal: 0, etaSeconds: null };
  @property() announcement = '';
  /** Problems in the current scenario (it cannot be compared while invalid). */
  @property({ type: Number }) blocked = 0;

  private cards: CardModel[] = [];
  private figure: FigureModel | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('comparison') && !changed.has('language')) return;
    const c = this.comparison;
    this.cards = c?.baseline ? c.designs.filter((d) => d.result.runs > 0).map((d) => comparisonCard(d, c.baseline!, this.language)) : [];
    this.figure = this.cards.length ? differenceFigure(this.cards, this.language) : null;
  }

  private options(): Array<{ key: string; label: string }> {
    const L = this.language;
    return [
      ...(this.scenario ? [{ key: CURRENT, label: t(L, 'currentDesign', { title: this.scenario.title[L] }) }] : []),
      ...this.library.filter((e) => e.scenario).map((e) => ({ key: libraryKey(e), label: e.scenario!.title[L] })),
    ];
  }

  private setChoice(baseline: string, designs: string[]): void {
    this.emit('compare-choice', { baseline, designs: designs.filter((d) => d !== baseline) });
  }

  private toggle(key: string, on: boolean): void {
    const designs = on ? [...this.choice.designs, key] : this.choice.designs.filter((d) => d !== key);
    this.setChoice(this.choice.baseline, designs);
  }

  protected override render() {
    const L = this.language;
    const opts = this.options();
    const designs = this.choice.designs.filter((d) => d !== this.choice.baseline && opts.some((o) => o.key === d));
    const base = this.scenario ? resolveChoice(this.choice.baseline, this.scenario, this.library) : null;
    const usesCurrent = this.choice.baseline === CURRENT || designs.includes(CURRENT);
    const problem = designs.length === 0 ? t(L, 'noDesigns') : designs.length > MAX_DESIGNS ? t(L, 'tooManyDesigns') : null;
    const blocked = (problem ? 1 : 0) + (usesCurrent ? this.blocked : 0);
    const c = this.comparison;
    const stale = !!c && !!this.scenario && c.keys.join('\n') !== [this.choice.baseline, ...designs].map((k) => resolveChoice(k, this.scenario!, this.library)).map((s) => (s ? canonical(s) : '')).join('\n');
    return html`
      <h1 tabindex="-1" class="view-heading">${t(L, 'compareTitle')}</h1>
      <p class="intro">${t(L, 'compareIntro')} <glossary-link term="crn" .language=${L}></glossary-link></p>
      <div class="compare-form">
        <div class="field"><div class="field-label"><label for="cmp-baseline">${t(L, 'baselineLabel')}</label></div>
          <div class="field-input"><select id="cmp-baseline" data-testid="compare-baseline" @change=${(e: Event) => this.setChoice((e.target as HTMLSelectElement).value, designs)}>
            ${opts.map((o) => html`<option value=${o.key} ?selected=${o.key === this.choice.baseline}>${o.label}</option>`)}
          </select></div></div>
        <fieldset class="design-choice"><legend>${t(L, 'designsLegend')}</legend>
          ${opts.filter((o) => o.key !== this.choice.baseline).map((o) => {
            const on = designs.includes(o.key);
            return html`<label class="check"><input type="checkbox" .checked=${on} ?disabled=${!on && designs.length >= MAX_DESIGNS} data-key=${o.key}
              @change=${(e: Event) => this.toggle(o.key, (e.target as HTMLInputElement).checked)} /> ${o.label}</label>`;
          })}
        </fieldset>
        ${problem ? html`<p class="error-text">${problem}</p>` : null}
        ${base ? html`<p class="help">${t(L, 'compareCommon', { seed: base.seed, runs: formatNumber(base.runs, L) })}</p>` : null}
      </div>
      <run-panel .language=${L} .status=${this.status} .blocked=${blocked} .announcement=${this.announcement} .label=${t(L, 'runCompare')}
        @run=${(e: Event) => { e.stopPropagation(); this.emit('compare-run', null); }}></run-panel>
      ${!c ? html`<p class="empty">${t(L, 'compareNone')}</p>` : html`
        ${stale ? html`<p class="notice warning">${t(L, 'compareStale')}</p>` : null}
        <section aria-labelledby="cards-h">
          <h2 id="cards-h">${t(L, 'cardsHeading', { base: c.baseline?.scenario.title[L] ?? '' })}</h2>
          <div class="cards">${this.cards.map((card) => html`<compare-card .language=${L} .card=${card}></compare-card>`)}</div>
        </section>
        ${this.figure ? html`<section aria-labelledby="fig-differences-title"><chart-figure .figure=${this.figure} .language=${L} level="2"></chart-figure></section>` : null}`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-view': CompareView;
  }
}
