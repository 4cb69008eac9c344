/**
 * Named designs the user keeps: a validated scenario whose title is the name the user gave,
 * with an id of its own. The operations are pure (a new list each time) so the page can save
 * the list as one record and undo is never confused by shared objects.
 */
import { validateScenario, type Scenario } from '../../engine.js';
import type { Text } from '../../core/model/ParamSpec.js';
import { fileSlug } from '../../share/download.js';
import { canonical } from './baselineFor.js';

export interface SavedDesign {
  /** Stable key within this browser (`design:<id>` in Compare). */
  id: string;
  scenario: Scenario;
  savedAt: string;
}

export const MAX_NAME_CHARS = 80;
export const MAX_DESIGNS_KEPT = 200;
export const designKey = (d: SavedDesign): string => `design:${d.id}`;

/** A name is trimmed text of 1–80 characters; null when it is not. */
export function cleanName(text: string): string | null {
  const name = text.replace(/\s+/g, ' ').trim();
  return name.length >= 1 && name.length <= MAX_NAME_CHARS ? name : null;
}

/** A scenario id from a name, unique in the list (scenario ids are lower-case letters, digits and dashes). */
function freeId(name: string, list: readonly SavedDesign[]): string {
  const stem = fileSlug(name).slice(0, 50).replace(/^[^a-z0-9]+/, '') || 'design';
  let id = stem;
  for (let n = 2; list.some((d) => d.id === id); n++) id = `${stem}-${n}`;
  return id;
}

/** The scenario under a name (the same in both languages unless given as a text pair), the story dropped (it told the source's). */
export function named(s: Scenario, name: string | Text, id: string): Scenario {
  const { story: _story, seedDocument: _doc, ...rest } = s;
  return { ...rest, id, title: typeof name === 'string' ? { sv: name, en: name } : name };
}

export function addDesign(list: readonly SavedDesign[], scenario: Scenario, name: string | Text, now: string): { list: SavedDesign[]; design: SavedDesign } {
  const id = freeId(typeof name === 'string' ? name : name.en, list);
  const design = { id, scenario: named(scenario, name, id), savedAt: now };
  return { list: [...list, design], design };
}

export function updateDesign(list: readonly SavedDesign[], id: string, scenario: Scenario, now: string): SavedDesign[] {
  return list.map((d) => (d.id === id ? { ...d, scenario: named(scenario, d.scenario.title.sv, id), savedAt: now } : d));
}

export function renameDesign(list: readonly SavedDesign[], id: string, name: string, now: string): SavedDesign[] {
  return list.map((d) => (d.id === id ? { ...d, scenario: named(d.scenario, name, id), savedAt: now } : d));
}

export function duplicateDesign(list: readonly SavedDesign[], id: string, copyName: (name: string) => string, now: string): SavedDesign[] {
  const d = list.find((x) => x.id === id);
  if (!d) return [...list];
  const name = cleanName(copyName(d.scenario.title.sv)) ?? d.scenario.title.sv;
  return addDesign(list, d.scenario, name, now).list;
}

export function deleteDesign(list: readonly SavedDesign[], id: string): SavedDesign[] {
  return list.filter((d) => d.id !== id);
}

/** The saved design equal to a scenario in effect (its name and id aside), if any. */
export function findDesign(list: readonly SavedDesign[], s: Scenario): SavedDesign | null {
  const key = contentKey(s);
  return list.find((d) => contentKey(d.scenario) === key) ?? null;
}

/** What a scenario simulates: everything but its id, title, story and source note. */
export function contentKey(s: Scenario): string {
  const { id: _i, title: _t, story: _s, seedDocument: _d, ...rest } = s;
  return canonical(rest);
}

/** The stored list, defensively: anything that is not a valid named design is dropped. */
export function parseDesigns(x: unknown): SavedDesign[] {
  if (!Array.isArray(x)) return [];
  const out: SavedDesign[] = [];
  for (const item of x.slice(0, MAX_DESIGNS_KEPT)) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, scenario, savedAt } = item as Partial<Record<keyof SavedDesign, unknown>>;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(id) || typeof savedAt !== 'string' || out.some((d) => d.id === id)) continue;
    const checked = validateScenario(scenario);
    if (checked.ok) out.push({ id, scenario: checked.scenario, savedAt });
  }
  return out;
}
