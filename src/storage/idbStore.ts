/** The page's key-value store: IndexedDB through idb-keyval. */
import { get, set } from 'idb-keyval';
import type { KeyValueStore } from './autosave.js';

export const idbStore: KeyValueStore = {
  get: (key) => get(key),
  set: (key, value) => set(key, value),
};
