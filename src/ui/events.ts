/**
 * Every event a component sends up to the mediator (app-root), with its detail. Components
 * never change shared state themselves; they ask, and app-root decides.
 */
import type { Scenario } from '../engine.js';
import type { Lang } from '../i18n/Lang.js';
import type { PathKey } from './state/setAtPath.js';
import type { ViewId } from './views.js';

export interface AppEvents {
  navigate: { view: ViewId };
  'lang-change': { lang: Lang };
  /** Set (or with `value: undefined`, reset to default) one field of the scenario. */
  'scenario-edit': { path: readonly PathKey[]; value: unknown };
  /** Text typed into a number field that is not a number yet (null clears it). */
  'scenario-draft': { path: string; text: string | null };
  'scenario-replace': { scenario: Scenario; message: string };
  undo: null;
  redo: null;
  run: null;
  cancel: null;
  'budget-change': { budget: number | null };
  'compare-choice': { baseline: string; designs: string[] };
  /** Load a library scenario (by its compare key, `lib:<file>`) as the design being edited. */
  'library-open': { key: string };
  'compare-run': null;
  /** Also run each design if providers do not respond and if they do. */
  'compare-responses': { on: boolean };
  'glossary-open': { term: string | null };
  /** Keep the design being edited under a name. */
  'design-save': { name: string };
  /** Write the edits back into the saved design the current one came from. */
  'design-update': null;
  'design-open': { id: string };
  'design-rename': { id: string; name: string };
  'design-duplicate': { id: string };
  'design-delete': { id: string };
  'design-export': { id: string };
  'design-import': { scenario: Scenario; file: string };
}
