/** A table with a caption and column headers; the first column heads its row. */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { TableData } from '../data/TableData.js';

@customElement('data-table')
export class DataTable extends LightElement {
  @property({ attribute: false }) table: TableData | null = null;

  protected override render() {
    const tb = this.table;
    if (!tb) return null;
    const cls = (i: number): string => (tb.numeric[i] ? 'num' : '');
    return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${tb.caption}>
      <table>
        <caption>${tb.caption}</caption>
        <thead><tr>${tb.headers.map((h, i) => html`<th scope="col" class=${cls(i)}>${h}</th>`)}</tr></thead>
        <tbody>
          ${tb.rows.map((row) => html`<tr>${row.map((c, i) => (i === 0 ? html`<th scope="row" data-value=${typeof c.raw === 'string' ? c.raw : ''}>${c.text}</th>` : html`<td class=${cls(i)} data-value=${typeof c.raw === 'number' ? String(c.raw) : ''}>${c.text}</td>`))}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'data-table': DataTable;
  }
}
