/**
 * Base of every element of the page: renders into its own light DOM so one global stylesheet
 * (and the print stylesheet) applies everywhere and no inline styles are needed under the
 * Content Security Policy.
 */
import { LitElement } from 'lit';
import type { AppEvents } from './events.js';

export class LightElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Events up: a bubbling, composed CustomEvent the mediator (app-root) listens for. */
  protected emit<K extends keyof AppEvents & string>(name: K, detail: AppEvents[K]): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
