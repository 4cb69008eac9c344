/**
 * The user's named designs, kept in the browser (IndexedDB through the same key-value store
 * as the autosave) as one record. Reading never throws and never trusts: a record that is not
 * plain JSON, or an entry that is not a valid design, is left out.
 */
import { plainJson, isQuotaError, type KeyValueStore, type SaveResult } from './autosave.js';

export const DESIGNS_KEY = 'workbench-designs';

export class DesignStore {
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: KeyValueStore) {}

  async load<T>(parse: (x: unknown) => T): Promise<T> {
    try {
      return parse(plainJson(await this.store.get(DESIGNS_KEY)));
    } catch {
      return parse(undefined);
    }
  }

  /** Writes are chained so an older list can never overwrite a newer one. Never rejects. */
  save(list: unknown): Promise<SaveResult> {
    const done = this.pending.then(async (): Promise<SaveResult> => {
      try {
        await this.store.set(DESIGNS_KEY, list);
        return 'saved';
      } catch (e) {
        return isQuotaError(e) ? 'quota' : 'failed';
      }
    });
    this.pending = done;
    return done;
  }
}
