/**
 * What the compare view compares: keys naming a library file (`lib:default.json`) or the
 * scenario being edited (`current`), resolved to scenarios only when a comparison runs.
 */
import type { Scenario } from '../../engine.js';
import type { LibraryEntry } from './scenarioLibrary.js';

export const CURRENT = 'current';
export const MAX_DESIGNS = 4;

export const libraryKey = (e: LibraryEntry): string => `lib:${e.file}`;

export function resolveChoice(key: string, current: Scenario, library: readonly LibraryEntry[]): Scenario | null {
  if (key === CURRENT) return current;
  return library.find((e) => libraryKey(e) === key)?.scenario ?? null;
}

/** Baseline: the library's per-diem scenario; design: the scenario being edited. */
export function defaultCompareChoice(library: readonly LibraryEntry[]): { baseline: string; designs: string[] } {
  const perDiem = library.find((e) => e.id === 'default' && e.scenario) ?? library.find((e) => e.scenario?.payment.rule === 'perDiem');
  return { baseline: perDiem ? libraryKey(perDiem) : CURRENT, designs: [CURRENT] };
}
