/**
 * The shipped scenario library: every `scenarios/*.json`, bundled at build time, so a new file
 * appears in the page without code changes. Each is validated like any user file; a broken
 * one is listed with its problem instead of breaking the page.
 */
import { validateScenario, type Scenario, type ScenarioIssue } from '../../engine.js';

export interface LibraryEntry {
  /** File name without the folder, e.g. `default.json`. */
  file: string;
  /** The scenario's own id, or the file name when the file is broken. */
  id: string;
  scenario: Scenario | null;
  issues: readonly ScenarioIssue[];
}

const files = import.meta.glob<unknown>('../../../scenarios/*.json', { eager: true, import: 'default' });

/** Build the library from file name → parsed JSON (the glob above in the page, fixtures in tests). */
export function buildLibrary(raw: Readonly<Record<string, unknown>>): LibraryEntry[] {
  const entries = Object.entries(raw).map(([path, data]): LibraryEntry => {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const checked = validateScenario(data);
    return checked.ok
      ? { file, id: checked.scenario.id, scenario: checked.scenario, issues: [] }
      : { file, id: file.replace(/\.json$/, ''), scenario: null, issues: checked.issues };
  });
  // The default scenario first, then by file name (files may be numbered to tell the story in order).
  return entries.sort((a, b) => (a.id === 'default' ? -1 : b.id === 'default' ? 1 : a.file.localeCompare(b.file)));
}

export const LIBRARY: readonly LibraryEntry[] = buildLibrary(files);

/** The scenario the page opens on: `default`, else the first valid one. */
export function defaultScenario(library: readonly LibraryEntry[] = LIBRARY): Scenario {
  const entry = library.find((e) => e.id === 'default' && e.scenario) ?? library.find((e) => e.scenario);
  if (!entry?.scenario) throw new Error('the scenario library has no valid scenario');
  return entry.scenario;
}

/** Designs to try (for those who decide) or behaviour tests (one mechanism on and off, for analysts). */
export type LibraryGroup = 'designs' | 'tests' | 'baselines';
/** Behaviour tests; today's per diem set up as the baseline of one design (differing only in the rule); the designs. */
export const libraryGroup = (e: LibraryEntry): LibraryGroup =>
  e.file.startsWith('behaviour-') ? 'tests' : /-per-diem\.json$|^default-yearly\.json$/.test(e.file) ? 'baselines' : 'designs';
