/**
 * Never lose work: the page's state is written to IndexedDB after every edit and when the tab
 * is hidden, and read back on load. The store is an argument (idb-keyval in the page, a Map
 * in tests). Reading is defensive: an unknown version or a broken record is ignored, never
 * trusted. After a write that reads back intact, a second copy is kept as the last good
 * entry, so a record corrupted later (a crash mid-write, a bad extension) can be recovered.
 */
import type { Lang } from '../i18n/Lang.js';
import { isLang } from '../i18n/Lang.js';

export const AUTOSAVE_KEY = 'workbench-state';
export const AUTOSAVE_GOOD_KEY = 'workbench-state-good';
export const AUTOSAVE_VERSION = 1;

/** saved; quota: the browser's storage is full; failed: any other refusal (private mode, blocked). */
export type SaveResult = 'saved' | 'quota' | 'failed';

export interface Loaded {
  state: SavedState;
  /** True when the latest record was unreadable and the last good copy was used instead. */
  recovered: boolean;
}

export interface SavedState {
  version: typeof AUTOSAVE_VERSION;
  savedAt: string;
  lang: Lang;
  /** The scenario being edited; possibly mid-edit and out of range (checked again on load). */
  scenario: unknown;
  /** Text typed into fields that is not a number yet, by JSON path. */
  drafts: Record<string, string>;
  budget: number | null;
  compare: { baseline: string; designs: string[]; responses?: boolean };
  /** Undo steps, newest last (capped), so undo survives a reload. */
  past: unknown[];
  /** Where the design came from (checked again on load), so its name stays truthful after a reload. */
  origin?: unknown;
}

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

const isStrings = (x: unknown): x is Record<string, string> => typeof x === 'object' && x !== null && !Array.isArray(x) && Object.values(x).every((v) => typeof v === 'string');

/**
 * A plain-JSON copy of a stored record, or undefined when it has none: IndexedDB keeps
 * whatever structured clone allows (reference cycles, BigInt, Maps), which would make every
 * later step (canonical JSON, validation) throw and leave the page stuck while loading.
 */
export function plainJson(x: unknown): unknown {
  try {
    const text = JSON.stringify(x);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

export function parseSaved(raw: unknown): SavedState | null {
  const x = plainJson(raw);
  if (typeof x !== 'object' || x === null) return null;
  const s = x as Partial<SavedState>;
  if (s.version !== AUTOSAVE_VERSION || !isLang(s.lang) || !isStrings(s.drafts) || typeof s.savedAt !== 'string') return null;
  if (!(s.budget === null || (typeof s.budget === 'number' && Number.isFinite(s.budget)))) return null;
  const c = s.compare;
  if (!c || typeof c.baseline !== 'string' || !Array.isArray(c.designs) || !c.designs.every((d) => typeof d === 'string')) return null;
  return { version: AUTOSAVE_VERSION, savedAt: s.savedAt, lang: s.lang, scenario: s.scenario, drafts: s.drafts, budget: s.budget, compare: { baseline: c.baseline, designs: c.designs.slice(0, 4), ...(c.responses === true ? { responses: true } : {}) }, past: Array.isArray(s.past) ? s.past.slice(-50) : [], ...(s.origin !== undefined ? { origin: s.origin } : {}) };
}

export function isQuotaError(e: unknown): boolean {
  const name = typeof e === 'object' && e !== null && 'name' in e ? (e as { name: unknown }).name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export class Autosave {
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: KeyValueStore) {}

  /** Writes are chained so an older state can never overwrite a newer one. Never rejects. */
  save(state: SavedState): Promise<SaveResult> {
    const done = this.pending.then(() => this.write(state));
    this.pending = done;
    return done;
  }

  private async write(state: SavedState): Promise<SaveResult> {
    try {
      await this.store.set(AUTOSAVE_KEY, state);
      // Only a record that reads back intact becomes the last good copy.
      if (parseSaved(await this.store.get(AUTOSAVE_KEY))) await this.store.set(AUTOSAVE_GOOD_KEY, state);
      return 'saved';
    } catch (e) {
      return isQuotaError(e) ? 'quota' : 'failed';
    }
  }

  /** The latest record, or the last good copy when the latest is unreadable; null when neither is usable. */
  async load(): Promise<Loaded | null> {
    const latest = parseSaved(await this.read(AUTOSAVE_KEY));
    if (latest) return { state: latest, recovered: false };
    const good = parseSaved(await this.read(AUTOSAVE_GOOD_KEY));
    return good ? { state: good, recovered: true } : null;
  }

  private async read(key: string): Promise<unknown> {
    try {
      return await this.store.get(key);
    } catch {
      return undefined;
    }
  }
}
