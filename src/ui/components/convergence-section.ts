/**
 * The Results view's convergence figure (src/ui/data/convergenceFigure): the running mean of
 * each key figure with its band, and one sentence each on whether more runs would change it.
 * Rebuilt only when the design's result or the language changes.
 */
import { html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import type { JobResult } from '../run/BatchRunner.js';
import { convergence, convergenceSentence } from '../data/convergenceFigure.js';
import type { FigureModel } from '../chart/FigureModel.js';
import './chart-figure.js';
import './glossary-link.js';

@customElement('convergence-section')
export class ConvergenceSection extends LightElement {
  @property() language: Lang = 'sv';
  @property({ attribute: false }) job: JobResult | null = null;
  @property({ type: Boolean }) streaming = false;
  private figure: FigureModel | null = null;
  private sentences: string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!(changed.has('job') || changed.has('language'))) return;
    if (!this.job || this.job.result.runs === 0) { this.figure = null; return; }
    const c = convergence(this.job, this.language);
    this.figure = c.figure;
    this.sentences = c.verdicts.map((v) => convergenceSentence(v, this.language));
  }

  protected override render() {
    const L = this.language;
    if (!this.figure) return null;
    return html`<section aria-labelledby="convergence-h">
      <h2 id="convergence-h">${t(L, 'convHeading')} <glossary-link term="mcse" .language=${L}></glossary-link></h2>
      <ul class="convergence-sentences" data-testid="convergence-sentences">${this.sentences.map((s) => html`<li>${s}</li>`)}</ul>
      <chart-figure ?streaming=${this.streaming} .figure=${this.figure} .language=${L}></chart-figure>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'convergence-section': ConvergenceSection;
  }
}
