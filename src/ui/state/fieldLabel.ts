/**
 * A validation issue's JSON path → the field's label as the editor shows it, from the
 * parameter specs in models/ ("segments[0].params.capacity" → "Marknadssegment 1: Platser").
 * Paths with no spec (the file as a whole, an unknown field) stay as they are.
 */
import type { ParamSpec, ParamSpecs } from '../../core/model/ParamSpec.js';
import { behaviourSpecs, measureSpecs, paymentSpecs, rules, sectionSpecs, segmentSpecs } from '../../../models/index.js';
import type { Lang } from '../../i18n/Lang.js';
import { t, type TextKey } from '../../i18n/t.js';
import type { Distribution } from '../../core/rng/Distribution.js';
import { DIST_FIELDS } from './distributions.js';
import { PROVIDERS_SPEC, TOP_LEVEL_SPECS } from './topLevelSpecs.js';

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const pick = (specs: ParamSpecs, name: string | undefined): ParamSpec | undefined => (name !== undefined && has(specs, name) ? specs[name] : undefined);

/** The spec a path names, and the part of the path after it (a distribution's field). */
function specAt(parts: readonly string[], ruleId: string | undefined): { spec: ParamSpec; rest: readonly string[] } | null {
  const [a, b, c, d] = parts;
  const found = (spec: ParamSpec | undefined, used: number) => (spec ? { spec, rest: parts.slice(used) } : null);
  if (a !== undefined && has(TOP_LEVEL_SPECS, a)) return found(TOP_LEVEL_SPECS[a as keyof typeof TOP_LEVEL_SPECS], 1);
  if (a === 'segments' && c === 'providers') return found(PROVIDERS_SPEC, 3);
  if (a === 'segments' && c === 'params') return found(pick(segmentSpecs, d), 4);
  if (a === 'measure' && b === 'params') return found(pick(measureSpecs, c), 3);
  if (a === 'payment' && b === 'settings') return found(pick(paymentSpecs, c), 3);
  if (a === 'payment' && b === 'params' && c !== undefined) {
    // Without a valid scenario the rule may be unknown: the first rule with that parameter names it.
    const rule = ruleId !== undefined && has(rules, ruleId) ? rules[ruleId] : Object.values(rules).find((r) => has(r.params, c));
    return found(rule ? pick(rule.params, c) : undefined, 3);
  }
  if (a === 'behaviour' && b !== undefined && has(behaviourSpecs, b)) return found(pick(behaviourSpecs[b as keyof typeof behaviourSpecs], c), 3);
  if (a !== undefined && has(sectionSpecs, a)) return found(pick(sectionSpecs[a as keyof typeof sectionSpecs], b), 2);
  return null;
}

/** `segments[0].params.capacity` → ['segments', '0', 'params', 'capacity']; quoted keys are kept whole. */
function splitPath(path: string): string[] {
  return [...path.matchAll(/\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|([^.[\]]+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The field's label in the page's language, or the path itself when no field has one. */
export function fieldLabel(path: string, lang: Lang, ruleId?: string): string {
  const parts = splitPath(path);
  const at = specAt(parts, ruleId);
  if (!at || at.rest.length > 1) return path;
  let label = at.spec.label[lang];
  const distField = at.rest[0];
  if (distField !== undefined) {
    label += ` (${isDistField(distField) ? t(lang, distTitle(distField)) : distField})`;
  }
  if (parts[0] === 'segments' && /^\d+$/.test(parts[1] ?? '')) label = `${t(lang, 'segmentHeading', { n: Number(parts[1]) + 1 })}: ${label}`;
  return label;
}

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type DistField = Exclude<KeysOfUnion<Distribution>, 'dist'>;
/** A distribution field's heading: a field without a text is a compile error. */
const distTitle = (field: DistField): TextKey => `d_${field}`;
const isDistField = (x: string): x is DistField => Object.values(DIST_FIELDS).some((fields) => (fields as readonly string[]).includes(x));
