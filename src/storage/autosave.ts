/**
 * Never lose work: the page's state is written to IndexedDB after every edit and when the tab
 * is hidden, and read back on load. The store is an argument (idb-keyval in the page, a Map
 * in tests). Reading is defensive: an unknown version or a broken record is ignored, never
 * trusted.
 */
import type { Lang } from '../i18n/Lang.js';
import { isLang } from '../i18n/Lang.js';

export const AUTOSAVE_KEY = 'workbench-state';
export const AUTOSAVE_VERSION = 1;

export interface SavedState {
  version: typeof AUTOSAVE_VERSION;
  savedAt: string;
  lang: Lang;
  /** The scenario being edited; possibly mid-edit and out of range (checked again on load). */
  scenario: unknown;
  /** Text typed into fields that is not a number yet, by JSON path. */
  drafts: Record<string, string>;
  budget: number | null;
  compare: { baseline: string; designs: string[] };
  /** Undo steps, newest last (capped), so undo survives a reload. */
  past: unknown[];
}

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

const isStrings = (x: unknown): x is Record<string, string> => typeof x === 'object' && x !== null && !Array.isArray(x) && Object.values(x).every((v) => typeof v === 'string');

export function parseSaved(x: unknown): SavedState | null {
  if (typeof x !== 'object' || x === null) return null;
  const s = x as Partial<SavedState>;
  if (s.version !== AUTOSAVE_VERSION || !isLang(s.lang) || !isStrings(s.drafts) || typeof s.savedAt !== 'string') return null;
  if (!(s.budget === null || (typeof s.budget === 'number' && Number.isFinite(s.budget)))) return null;
  const c = s.compare;
  if (!c || typeof c.baseline !== 'string' || !Array.isArray(c.designs) || !c.designs.every((d) => typeof d === 'string')) return null;
  return { version: AUTOSAVE_VERSION, savedAt: s.savedAt, lang: s.lang, scenario: s.scenario, drafts: s.drafts, budget: s.budget, compare: { baseline: c.baseline, designs: c.designs.slice(0, 4) }, past: Array.isArray(s.past) ? s.past.slice(-50) : [] };
}

export class Autosave {
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly store: KeyValueStore) {}

  /** Writes are chained so an older state can never overwrite a newer one. Resolves to false if the write failed. */
  save(state: SavedState): Promise<boolean> {
    const done = this.pending.then(() => this.store.set(AUTOSAVE_KEY, state)).then(() => true, () => false);
    this.pending = done.then(() => undefined);
    return done;
  }

  async load(): Promise<SavedState | null> {
    try {
      return parseSaved(await this.store.get(AUTOSAVE_KEY));
    } catch {
      return null;
    }
  }
}
