/**
 * Where the design being edited came from (a library scenario, a saved design, a share link
 * or a file) and what it was then, so the page can tell the truth about its name: as soon as
 * the design differs from its source it is a new design, titled so, until the user names it;
 * brought back to its source (undo, or the same values typed again) it takes the source's
 * name again.
 */
import type { Scenario } from '../../engine.js';
import type { Text } from '../../core/model/ParamSpec.js';
import { t } from '../../i18n/t.js';
import { contentKey } from './designs.js';

export interface Origin {
  /** `lib:<file>`, `design:<id>`, or `other` (a share link, a file, an old autosave). */
  ref: string;
  /** What the source simulates (contentKey). */
  key: string;
  title: Text;
  story?: Text;
}

export function originOf(s: Scenario, ref: string): Origin {
  return { ref, key: contentKey(s), title: s.title, ...(s.story ? { story: s.story } : {}) };
}

export const isModified = (s: Scenario, o: Origin | null): boolean => !!o && contentKey(s) !== o.key;

export function newDesignTitle(o: Origin): Text {
  return { sv: t('sv', 'newDesignTitle', { source: o.title.sv }), en: t('en', 'newDesignTitle', { source: o.title.en }) };
}

const sameText = (a: Text | undefined, b: Text | undefined): boolean => a?.sv === b?.sv && a?.en === b?.en;

/**
 * The scenario after an edit, with a title that tells the truth: the source's title and story
 * while it is the source in effect; "New design (from …)" and no story once it differs. A title
 * the user gave (neither of those) is kept.
 */
export function retitle(s: Scenario, o: Origin | null): Scenario {
  if (!o) return s;
  const generated = newDesignTitle(o);
  const ours = sameText(s.title, o.title) || sameText(s.title, generated);
  if (!ours) return s;
  const { story: _story, seedDocument: _doc, ...rest } = s;
  if (isModified(s, o)) return sameText(s.title, generated) && !s.story ? s : { ...rest, title: generated };
  return sameText(s.title, o.title) && sameText(s.story, o.story) ? s : { ...rest, title: o.title, ...(o.story ? { story: o.story } : {}), ...(s.seedDocument ? { seedDocument: s.seedDocument } : {}) };
}

export function parseOrigin(x: unknown): Origin | null {
  if (typeof x !== 'object' || x === null) return null;
  const o = x as Partial<Record<keyof Origin, unknown>>;
  const isText = (v: unknown): v is Text => typeof v === 'object' && v !== null && typeof (v as Text).sv === 'string' && typeof (v as Text).en === 'string';
  if (typeof o.ref !== 'string' || typeof o.key !== 'string' || !isText(o.title)) return null;
  return { ref: o.ref, key: o.key, title: o.title, ...(isText(o.story) ? { story: o.story } : {}) };
}
