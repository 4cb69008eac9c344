/**
 * One design against the baseline, for councillors: six differences (seven when a behaviour
 * moves what the measure does not see), each with the two levels, its range and a sentence;
 * then which provider behaviours are assumed and every way the two differ besides the rule.
 */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { formatNumber } from '../../i18n/format.js';
import type { CardModel } from '../data/comparisonFigures.js';

@customElement('compare-card')
export class CompareCard extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) card: CardModel | null = null;
  @property({ type: Number }) level = 3;
  /** A heading other than "design compared with baseline" (the pair's columns name their assumption). */
  @property() heading = '';

  protected override render() {
    const c = this.card;
    if (!c) return null;
    const L = this.language;
    const title = this.heading || t(L, 'compareVs', { design: c.design, base: c.baseline });
    const verdictText = { better: t(L, 'better'), worse: t(L, 'worse'), same: t(L, 'noClearDifference'), unknown: t(L, 'cannotBeComputed') };
    return html`<article class="compare-card" data-testid="compare-card">
      ${this.level === 2 ? html`<h2>${title}</h2>` : this.level === 4 ? html`<h4>${title}</h4>` : html`<h3>${title}</h3>`}
      ${c.complete ? null : html`<p class="notice info">${t(L, 'resultsPartial', { done: formatNumber(c.runs, L), total: formatNumber(c.runsTotal, L) })}</p>`}
      <dl>
        ${c.rows.map((r) => html`<div class="card-row ${r.verdict}" data-metric=${r.key}>
          <dt>${r.label}</dt>
          <dd>
            <span class="big">${r.value}</span> <span class="verdict">(${verdictText[r.verdict]})</span>
            ${r.levels ? html`<span class="levels"><span class="visually-hidden">${t(L, 'levelsLabel')}: </span>${r.levels}</span>` : null}
            <span class="range">${r.interval}</span>
            <span class="sentence">${r.sentence}</span>
          </dd>
        </div>`)}
      </dl>
      <div class="card-notes">
        ${c.behaviours.map((b) => html`<p class="behaviours" data-testid="card-behaviours">${b}</p>`)}
        ${c.warnings.length ? html`<p class="warnings-label">${t(L, 'warningsHeading')}:</p>
          <ul class="warnings" data-testid="card-warnings">${c.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : null}
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-card': CompareCard;
  }
}
