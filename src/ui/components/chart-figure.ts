/**
 * One chart with everything around it: a heading, a sentence saying what it shows, the chart
 * (vega-embed without its action menu), our own export buttons (PNG, SVG, CSV) and the same
 * numbers as a table. Redraws when its container changes width.
 */
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { FigureModel } from '../chart/FigureModel.js';
import { exportChart, renderChart, type Rendered } from '../chart/vegaRuntime.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { downloadDataUrl, downloadText, fileSlug } from '../../share/download.js';
import { BOM, toCsv } from '../../share/csv.js';
import './data-table.js';

@customElement('chart-figure')
export class ChartFigure extends LightElement {
  @property({ attribute: false }) figure: FigureModel | null = null;
  @property() language: Lang = 'sv';
  /** Heading level of the title, so the document outline stays correct where the figure is placed. */
  @property({ type: Number }) level = 3;
  /**
   * Interim results of a run still going: drawn only while the chart is on screen (or near it).
   * A chart off screen catches up when it scrolls into view or when the run ends, so a long
   * run does not redraw every chart of the page for every interim result.
   */
  @property({ type: Boolean }) streaming = false;
  @state() private error: string | null = null;

  private rendered: Rendered | null = null;
  private observer: ResizeObserver | null = null;
  private width = 0;
  private drawing = 0;
  private visible = true;
  private dirty = false;
  private seen: IntersectionObserver | null = null;
  /** The figure and language of the last draw that finished (drawn or failed). */
  private drawnFor: { figure: FigureModel; language: Lang } | null = null;

  /** Whether the chart on screen is its current figure (the page times Run → last chart by it). */
  get drawn(): boolean {
    return !this.isUpdatePending && !this.dirty && !!this.figure && this.drawnFor?.figure === this.figure && this.drawnFor.language === this.language;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new ResizeObserver(() => {
      const w = this.canvas()?.clientWidth ?? 0;
      if (w > 0 && Math.abs(w - this.width) > 4) void this.draw();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.seen?.disconnect();
    this.seen = null;
    this.rendered?.finalize();
    this.rendered = null;
  }

  private canvas(): HTMLElement | null {
    return this.querySelector<HTMLElement>('.chart-canvas');
  }

  protected override updated(changed: Map<string, unknown>): void {
    const el = this.canvas();
    if (el && this.observer) this.observer.observe(el);
    if (el && !this.seen) {
      this.seen = new IntersectionObserver((entries) => {
        this.visible = entries.some((e) => e.isIntersecting);
        if (this.visible && this.dirty) void this.draw();
      }, { rootMargin: '300px 0px' });
      this.seen.observe(el);
    }
    if (changed.has('figure') || changed.has('language') || (changed.has('streaming') && !this.streaming && this.dirty)) {
      if (this.streaming && !this.visible && this.rendered) this.dirty = true;
      else void this.draw();
    }
  }

  private async draw(): Promise<void> {
    const el = this.canvas();
    const fig = this.figure;
    if (!el || !fig) return;
    const ticket = ++this.drawing;
    const language = this.language;
    this.dirty = false;
    this.width = el.clientWidth;
    try {
      const next = await renderChart(el, fig.spec(Math.max(240, this.width)), language);
      if (ticket !== this.drawing) return next.finalize();
      this.rendered?.finalize();
      this.rendered = next;
      this.error = null;
      this.drawnFor = { figure: fig, language };
      this.dispatchEvent(new CustomEvent('chart-rendered', { bubbles: true, composed: true, detail: { id: fig.id } }));
    } catch (e) {
      if (ticket !== this.drawing) return;
      this.error = e instanceof Error ? e.message : String(e);
      this.drawnFor = { figure: fig, language };
    }
  }

  private async download(format: 'png' | 'svg'): Promise<void> {
    const fig = this.figure;
    if (!fig) return;
    const spec = fig.spec(Math.max(480, this.width || 720), fig.title);
    const name = `${fileSlug(fig.title)}.${format}`;
    const out = await exportChart(spec, format, this.language);
    if (format === 'png') downloadDataUrl(name, out);
    else downloadText(name, out, 'image/svg+xml');
  }

  private downloadCsv(): void {
    const fig = this.figure;
    if (!fig) return;
    const csv = toCsv(fig.table.headers, fig.table.rows.map((r) => r.map((c) => c.raw)), this.language);
    downloadText(`${fileSlug(fig.title)}.csv`, BOM + csv, 'text/csv');
  }

  protected override render() {
    const fig = this.figure;
    if (!fig) return null;
    const L = this.language;
    const titleId = `fig-${fig.id}-title`;
    const descId = `fig-${fig.id}-desc`;
    const heading = this.level === 2 ? html`<h2 id=${titleId}>${fig.title}</h2>` : html`<h3 id=${titleId}>${fig.title}</h3>`;
    return html`<figure class="chart" aria-labelledby=${titleId} aria-describedby=${descId}>
      ${heading}
      <p class="chart-desc" id=${descId}>${fig.description}</p>
      ${this.error ? html`<p class="notice warning">${t(L, 'chartFailed', { error: this.error })}</p>` : null}
      <div class="chart-canvas" data-chart=${fig.id}></div>
      <div class="chart-actions">
        <button type="button" class="small" aria-label=${t(L, 'downloadPngLabel', { title: fig.title })} @click=${() => void this.download('png')}>${t(L, 'downloadPng')}</button>
        <button type="button" class="small" aria-label=${t(L, 'downloadSvgLabel', { title: fig.title })} @click=${() => void this.download('svg')}>${t(L, 'downloadSvg')}</button>
        <button type="button" class="small" aria-label=${t(L, 'downloadCsvLabel', { title: fig.title })} @click=${() => this.downloadCsv()}>${t(L, 'downloadCsv')}</button>
      </div>
      <details class="chart-table">
        <summary>${t(L, 'showTable')}</summary>
        <data-table .table=${fig.table}></data-table>
      </details>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chart-figure': ChartFigure;
  }
}
