/**
 * What the compare view compares: keys naming the design being edited (`current`), today's
 * per diem for it (`todays`, the same baseline as the Results headline), a saved design
 * (`design:<id>`) or a library file (`lib:default.json`), resolved to scenarios only when
 * shown or run. By default Compare starts from what the user has: the current design
 * against today's per diem.
 */
import type { Scenario } from '../../engine.js';
import type { LibraryEntry } from './scenarioLibrary.js';
import { designKey, contentKey, type SavedDesign } from './designs.js';
import { baselineFor } from './baselineFor.js';

export const CURRENT = 'current';
export const TODAYS = 'todays';
export const MAX_DESIGNS = 4;

export interface CompareChoice {
  baseline: string;
  designs: string[];
  /** Also run each design if providers do not respond and if they do. */
  responses?: boolean;
}

export interface ChoiceContext {
  current: Scenario;
  library: readonly LibraryEntry[];
  designs: readonly SavedDesign[];
}

export const libraryKey = (e: LibraryEntry): string => `lib:${e.file}`;

export function resolveChoice(key: string, ctx: ChoiceContext): Scenario | null {
  if (key === CURRENT) return ctx.current;
  if (key === TODAYS) return baselineFor(ctx.current);
  if (key.startsWith('design:')) return ctx.designs.find((d) => designKey(d) === key)?.scenario ?? null;
  return ctx.library.find((e) => libraryKey(e) === key)?.scenario ?? null;
}

export function defaultCompareChoice(): CompareChoice {
  return { baseline: TODAYS, designs: [CURRENT] };
}

/** The designs that will be run: resolvable, not the baseline itself, not equal to it in effect, at most four. */
export function activeDesigns(choice: CompareChoice, ctx: ChoiceContext): string[] {
  const base = resolveChoice(choice.baseline, ctx);
  const baseKey = base ? contentKey(base) : '';
  return choice.designs.filter((k, i) => {
    const s = resolveChoice(k, ctx);
    return k !== choice.baseline && choice.designs.indexOf(k) === i && !!s && contentKey(s) !== baseKey;
  }).slice(0, MAX_DESIGNS);
}

/** The key naming a scenario in this context, or null when none does (then it must be saved as a design). */
export function keyFor(s: Scenario, ctx: ChoiceContext): string | null {
  const k = contentKey(s);
  const sameTitle = (x: Scenario): boolean => x.title.sv === s.title.sv && x.title.en === s.title.en;
  if (contentKey(ctx.current) === k && sameTitle(ctx.current)) return CURRENT;
  const todays = baselineFor(ctx.current);
  if (contentKey(todays) === k && sameTitle(todays)) return TODAYS;
  const d = ctx.designs.find((x) => contentKey(x.scenario) === k && sameTitle(x.scenario));
  if (d) return designKey(d);
  const e = ctx.library.find((x) => x.scenario && contentKey(x.scenario) === k && sameTitle(x.scenario));
  return e ? libraryKey(e) : null;
}
