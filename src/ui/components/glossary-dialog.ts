/**
 * The glossary as a modal dialog (the browser's own <dialog>: focus is trapped and Escape
 * closes it), opened at a term from any label and returning focus where it was.
 */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import { GLOSSARY } from '../../i18n/glossary.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';

@customElement('glossary-dialog')
export class GlossaryDialog extends LightElement {
  @property() language: Lang = 'sv';
  private returnTo: HTMLElement | null = null;

  async open(term: string | null): Promise<void> {
    this.returnTo = document.activeElement as HTMLElement | null;
    await this.updateComplete;
    const dialog = this.querySelector('dialog');
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const target = term ? this.querySelector<HTMLElement>(`#term-${term}`) : this.querySelector<HTMLElement>('h2');
    this.querySelectorAll('.highlight').forEach((el) => el.classList.remove('highlight'));
    if (target) {
      if (term) target.parentElement?.classList.add('highlight');
      target.focus();
      target.scrollIntoView({ block: 'center' });
    }
  }

  private close(): void {
    this.querySelector('dialog')?.close();
  }

  protected override render() {
    const L = this.language;
    return html`<dialog class="glossary" aria-labelledby="glossary-h" @close=${() => this.returnTo?.focus()}>
      <div class="dialog-head">
        <h2 id="glossary-h" tabindex="-1">${t(L, 'glossaryTitle')}</h2>
        <button type="button" @click=${() => this.close()}>${t(L, 'close')}</button>
      </div>
      <p>${t(L, 'glossaryIntro')}</p>
      <dl>
        ${GLOSSARY.map((g) => html`<div class="term"><dt id=${`term-${g.id}`} tabindex="-1">${g.term[L]}</dt><dd>${g.definition[L]}</dd></div>`)}
      </dl>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-dialog': GlossaryDialog;
  }
}
