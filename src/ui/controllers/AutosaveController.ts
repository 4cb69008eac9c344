/**
 * Saves the page's state to IndexedDB after every change and when the tab is hidden (the last
 * chance before a phone closes it), and reads it back on start. Shows whether the last save
 * worked.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Autosave, SavedState } from '../../storage/autosave.js';
import { AUTOSAVE_VERSION } from '../../storage/autosave.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';

type Snapshot = Omit<SavedState, 'version' | 'savedAt'>;

export class AutosaveController implements ReactiveController {
  private ok: boolean | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly store: Autosave, private readonly snapshot: () => Snapshot | null) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.save();
  };

  load(): Promise<SavedState | null> {
    return this.store.load();
  }

  /** Call after every change worth keeping; the write happens right away (writes are ordered). */
  changed(): void {
    void this.save();
  }

  async save(): Promise<void> {
    const snap = this.snapshot();
    if (!snap) return;
    this.ok = await this.store.save({ version: AUTOSAVE_VERSION, savedAt: new Date().toISOString(), ...snap });
    this.host.requestUpdate();
  }

  label(lang: Lang): string {
    return this.ok === null ? '' : t(lang, this.ok ? 'saved' : 'saveFailed');
  }
}
