/**
 * Saves the page's state to IndexedDB after every change and when the tab is hidden (the last
 * chance before a phone closes it), and reads it back on start. Shows whether the last save
 * worked, and remembers a full store (quota) so the page can offer a download instead.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Autosave, Loaded, SavedState, SaveResult } from '../../storage/autosave.js';
import { AUTOSAVE_VERSION } from '../../storage/autosave.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';

type Snapshot = Omit<SavedState, 'version' | 'savedAt'>;

export class AutosaveController implements ReactiveController {
  /** The last write's outcome; null before the first. */
  result: SaveResult | null = null;
  /** Set just before the page reloads onto another tab's state, so this tab's copy cannot overwrite it. */
  private suspended = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: Autosave,
    private readonly snapshot: () => Snapshot | null,
    private readonly onSaved: () => void = () => {},
  ) {
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

  load(): Promise<Loaded | null> {
    return this.store.load();
  }

  /** Call after every change worth keeping; the write happens right away (writes are ordered). */
  changed(): void {
    void this.save();
  }

  suspend(): void {
    this.suspended = true;
  }

  async save(): Promise<void> {
    const snap = this.snapshot();
    if (!snap || this.suspended) return;
    this.result = await this.store.save({ version: AUTOSAVE_VERSION, savedAt: new Date().toISOString(), ...snap });
    if (this.result === 'saved') this.onSaved();
    this.host.requestUpdate();
  }

  label(lang: Lang): string {
    if (this.result === null) return '';
    return t(lang, this.result === 'saved' ? 'saved' : this.result === 'quota' ? 'saveQuota' : 'saveFailed');
  }
}
