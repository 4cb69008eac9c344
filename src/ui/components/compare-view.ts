/**
 * Compare: a baseline and up to four designs — what the user is working on, their saved
 * designs, and the library's designs and behaviour tests, grouped — run on the baseline's seed
 * and runs (common random numbers), read as one card per design and a dot-plot of differences.
 * It starts from what the user has: the current design against today's per diem for it. The
 * Run button is the page's, at the top.
 */
import { html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { formatNumber } from '../../i18n/format.js';
import { libraryGroup } from '../state/scenarioLibrary.js';
import type { ComparisonRun } from '../state/ComparisonRun.js';
import { activeDesigns, CURRENT, libraryKey, MAX_DESIGNS, resolveChoice, TODAYS, type ChoiceContext, type CompareChoice } from '../state/compareChoice.js';
import { contentKey, designKey } from '../state/designs.js';
import { comparisonCard, differenceFigure, type CardModel } from '../data/comparisonFigures.js';
import type { FigureModel } from '../chart/FigureModel.js';
import { respondPairs, type RespondPair } from '../data/respondPairs.js';
import './compare-card.js';
import './chart-figure.js';
import './glossary-link.js';

interface Option {
  key: string;
  label: string;
}

interface Group {
  label: string;
  options: Option[];
}

@customElement('compare-view')
export class CompareView extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) context: ChoiceContext | null = null;
  @property({ attribute: false }) choice: CompareChoice = { baseline: TODAYS, designs: [CURRENT] };
  @property({ attribute: false }) comparison: ComparisonRun | null = null;
  @property({ type: Boolean }) running = false;
  /** Also run each design if providers do not respond and if they do. */
  @property({ type: Boolean }) responses = false;

  private cards: CardModel[] = [];
  private pairs: RespondPair[] = [];
  private figure: FigureModel | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('comparison') && !changed.has('language')) return;
    const c = this.comparison;
    this.cards = c?.baseline ? c.designs.filter((d) => d.result.runs > 0).map((d) => comparisonCard(d, c.baseline!, this.language)) : [];
    this.figure = this.cards.length ? differenceFigure(this.cards, this.language) : null;
    this.pairs = respondPairs(c, this.language);
  }

  private groups(ctx: ChoiceContext): Group[] {
    const L = this.language;
    const lib = ctx.library.filter((e) => e.scenario);
    return [
      { label: t(L, 'optgroupNow'), options: [{ key: CURRENT, label: t(L, 'currentOption', { title: ctx.current.title[L] }) }, { key: TODAYS, label: t(L, 'todaysOption') }] },
      { label: t(L, 'optgroupMine'), options: ctx.designs.map((d) => ({ key: designKey(d), label: d.scenario.title[L] })) },
      { label: t(L, 'groupDesigns'), options: lib.filter((e) => libraryGroup(e) === 'designs').map((e) => ({ key: libraryKey(e), label: e.scenario!.title[L] })) },
      { label: t(L, 'groupTests'), options: lib.filter((e) => libraryGroup(e) === 'tests').map((e) => ({ key: libraryKey(e), label: e.scenario!.title[L] })) },
      { label: t(L, 'groupBaselines'), options: lib.filter((e) => libraryGroup(e) === 'baselines').map((e) => ({ key: libraryKey(e), label: e.scenario!.title[L] })) },
    ].filter((g) => g.options.length > 0);
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
    const ctx = this.context;
    if (!ctx) return null;
    const groups = this.groups(ctx);
    const chosen = activeDesigns(this.choice, ctx);
    const base = resolveChoice(this.choice.baseline, ctx);
    const baseKey = base ? contentKey(base) : '';
    const full = chosen.length >= MAX_DESIGNS;
    const c = this.comparison;
    const wanted = base ? [base, ...chosen.map((k) => resolveChoice(k, ctx)!)] : [];
    const wantedKeys = [...wanted.map(contentKey), ...(this.responses ? ['responses'] : [])];
    const stale = !!c && c.keys.join('\n') !== wantedKeys.join('\n');
    return html`
      <h1 tabindex="-1" class="view-heading">${t(L, 'compareTitle')}</h1>
      <p class="intro">${t(L, 'compareIntro')} <glossary-link term="crn" .language=${L}></glossary-link></p>
      <div class="compare-form">
        <div class="field"><div class="field-label"><label for="cmp-baseline">${t(L, 'baselineLabel')}</label></div>
          <div class="field-input"><select id="cmp-baseline" data-testid="compare-baseline" @change=${(e: Event) => this.setChoice((e.target as HTMLSelectElement).value, this.choice.designs)}>
            ${groups.map((g) => html`<optgroup label=${g.label}>${g.options.map((o) => html`<option value=${o.key} ?selected=${o.key === this.choice.baseline}>${o.label}</option>`)}</optgroup>`)}
          </select></div></div>
        <fieldset class="design-choice"><legend>${t(L, 'designsLegend')}</legend>
          <p id="fifth-help" class="help" data-testid="fifth-help">${full ? t(L, 'fifthGreyed') : ''}</p>
          ${groups.map((g) => html`<div class="choice-group"><p class="group-label">${g.label}</p>
            ${g.options.filter((o) => o.key !== this.choice.baseline).map((o) => {
              const s = resolveChoice(o.key, ctx);
              const same = !!s && contentKey(s) === baseKey;
              const on = chosen.includes(o.key);
              return html`<label class="check ${same || (!on && full) ? 'greyed' : ''}"><input type="checkbox" .checked=${on} ?disabled=${same || (!on && full)} data-key=${o.key}
                aria-describedby=${!on && full ? 'fifth-help' : ''}
                @change=${(e: Event) => this.toggle(o.key, (e.target as HTMLInputElement).checked)} /> ${o.label}${same ? html` <span class="help">${t(L, 'sameAsBaseline')}</span>` : null}</label>`;
            })}</div>`)}
        </fieldset>
        <div class="responses-choice"><label class="check"><input type="checkbox" data-testid="compare-responses" .checked=${this.responses} aria-describedby="responses-help"
          @change=${(e: Event) => this.emit('compare-responses', { on: (e.target as HTMLInputElement).checked })} /> ${t(L, 'responsesLabel')}</label>
          <p id="responses-help" class="help">${t(L, 'responsesHelp')}</p></div>
        ${chosen.length === 0 ? html`<p class="error-text">${t(L, 'noDesigns')}</p>` : null}
        ${base ? html`<p class="help">${t(L, 'compareCommon', { seed: base.seed, runs: formatNumber(base.runs, L) })}</p>` : null}
      </div>
      <div id="compare-results">
      ${!c ? html`<p class="empty">${this.running ? t(L, 'firstRunGoing', { title: t(L, 'viewCompare').toLocaleLowerCase(L) }) : t(L, 'compareNone')}</p>` : html`
        ${stale ? html`<p class="notice warning">${t(L, 'compareStale')}</p>` : null}
        <section aria-labelledby="cards-h">
          <h2 id="cards-h" tabindex="-1">${t(L, 'cardsHeading', { base: c.baseline?.scenario.title[L] ?? '' })}</h2>
          <div class="cards">${this.cards.map((card) => html`<compare-card .language=${L} .card=${card}></compare-card>`)}</div>
        </section>
        ${this.figure ? html`<section aria-labelledby="fig-differences-title"><chart-figure .figure=${this.figure} .language=${L} level="2"></chart-figure></section>` : null}
        ${this.pairs.length ? html`<section aria-labelledby="pairs-h" data-testid="respond-pairs">
          <h2 id="pairs-h">${t(L, 'pairsHeading')}</h2>
          <p class="intro">${t(L, 'pairsIntro', { base: c.baseline?.scenario.title[L] ?? '' })}</p>
          ${this.pairs.map((p) => html`<div class="respond-pair" data-testid="respond-pair"><h3>${p.design}</h3>
            ${p.columns.map((col) => html`<compare-card .language=${L} .card=${col.card} level="4" data-assumption=${col.assumption} heading=${t(L, col.assumption === 'still' ? 'ifStill' : 'ifRespond')}></compare-card>`)}
          </div>`)}
        </section>` : null}`}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-view': CompareView;
  }
}
