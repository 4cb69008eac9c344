/**
 * Hostile cases too big to commit as files (over a megabyte, 10,000 levels deep) or too
 * many to write by hand (a wrong type at every field), generated from a valid scenario.
 * A text case goes through parseScenarioText (and the CLI); a data case goes straight to
 * validateScenario, as a page would pass an object it built.
 */
import type { Kind } from './fileCases.js';

export interface GeneratedCase {
  name: string;
  kind: Kind | 'huge' | 'deep nesting' | 'many issues' | 'wrong types';
  input: { text: string } | { data: unknown };
  /** Exact set of issue paths, or (wrong types) a prefix every issue path must start at. */
  paths?: readonly string[];
  under?: string;
  /** The replacement has the field's own JSON type, so it may be a legal value. */
  mayBeValid?: boolean;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const MB = 1_000_000;
const clone = <T>(x: T): T => structuredClone(x);

/** `base` with the value at `path` replaced (path of keys and indices). */
export function withValue(base: Json, path: ReadonlyArray<string | number>, value: Json): Json {
  const out = clone(base);
  let at = out as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, Json>;
  at[path[path.length - 1]] = value;
  return out;
}

/** Every field of a scenario, as key paths, parents before children. */
export function fieldPaths(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [];
  const out: Array<Array<string | number>> = [];
  const entries: Array<[string | number, Json]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [k, v] of entries) out.push([...at, k], ...fieldPaths(v, [...at, k]));
  return out;
}

export function pathText(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '$';
}

function jsonType(v: Json): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** The replacements of the brief: a string, a boolean, null, a list, an object, a huge number. */
export const REPLACEMENTS: ReadonlyArray<[string, Json]> = [
  ['string', '\u202e hostile\ntext'],
  ['boolean', true],
  ['null', null],
  ['array', [1, 'two', null]],
  ['object', { unexpected: 1 }],
  ['huge number', 1e308],
];

export function wrongTypeCases(base: Json): GeneratedCase[] {
  const cases: GeneratedCase[] = [];
  for (const path of fieldPaths(base)) {
    let original = base as Json;
    for (const k of path) original = (original as Record<string | number, Json>)[k];
    for (const [label, value] of REPLACEMENTS) {
      cases.push({
        name: `${pathText(path)} ← ${label}`,
        kind: 'wrong types',
        input: { data: withValue(base, path, value) },
        under: pathText(path),
        mayBeValid: jsonType(value) === jsonType(original) && typeof value !== 'number',
      });
    }
  }
  return cases;
}

function nested(open: string, close: string, inner: string, depth: number): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

export function bigCases(base: Json): GeneratedCase[] {
  const text = (x: Json): string => JSON.stringify(x, null, 2);
  // The scenario with `field` set to raw JSON text (too deep for JSON.stringify to write).
  const scenarioWith = (field: string, raw: string): string => text(withValue(base, [field], 'RAW')).replace('"RAW"', raw);
  const tenMb = 'x'.repeat(10 * MB);
  const manyParams: Record<string, number> = {};
  for (let i = 0; i < 20_000; i++) manyParams[`p${i}`] = i;
  return [
    { name: 'file over the size limit (1.2 MB of padding in the story)', kind: 'huge', input: { text: text(withValue(base, ['story'], { sv: 'x'.repeat(1.2 * MB), en: 'x' })) }, paths: ['$'] },
    { name: '10 MB string in the title', kind: 'huge', input: { text: text(withValue(base, ['title', 'en'], tenMb)) }, paths: ['$'] },
    { name: '10 MB string in the title, as data', kind: 'huge', input: { data: withValue(base, ['title', 'en'], tenMb) }, paths: ['title.en'] },
    { name: '10 MB key, as data', kind: 'huge', input: { data: withValue(base, [tenMb], 1) }, paths: [`["${'x'.repeat(40)}…"]`] },
    { name: '10 MB service name, as data', kind: 'huge', input: { data: withValue(base, ['segments', 0, 'service'], tenMb) }, paths: ['segments[0].service'] },
    { name: '900 kB title within the file limit', kind: 'huge', input: { text: text(withValue(base, ['title', 'en'], 'y'.repeat(0.9 * MB))) }, paths: ['title.en'] },
    { name: '20,000 segments', kind: 'huge', input: { text: JSON.stringify(withValue(base, ['segments'], Array.from({ length: 20_000 }, () => ({ service: 'hvbYouth', providers: 1 })))) }, paths: ['segments'] },
    { name: '20,000 unknown parameters', kind: 'many issues', input: { data: withValue(base, ['care'], manyParams) } },
    { name: '10,000 nested lists', kind: 'deep nesting', input: { text: nested('[', ']', '', 10_000) }, paths: ['$'] },
    { name: '10,000 nested objects', kind: 'deep nesting', input: { text: nested('{"a":', '}', '1', 10_000) }, paths: ['schemaVersion'] },
    { name: '10,000 nested objects in a section', kind: 'deep nesting', input: { text: scenarioWith('care', nested('{"a":', '}', '1', 10_000)) }, paths: ['care.a'] },
    { name: '10,000 nested lists as the segments', kind: 'deep nesting', input: { text: scenarioWith('segments', nested('[', ']', '', 10_000)) }, paths: ['segments[0]'] },
    { name: '10,000 nested objects under __proto__', kind: 'deep nesting', input: { text: scenarioWith('x', nested('{"__proto__":', '}', '1', 10_000)) }, paths: ['x.__proto__'] },
    { name: '400,000 nested lists (near the size limit)', kind: 'deep nesting', input: { text: nested('[', ']', '', 400_000) }, paths: ['$'] },
    { name: '10,000 nested objects, as data', kind: 'deep nesting', input: { data: JSON.parse(nested('{"a":', '}', '1', 10_000)) as Json }, paths: ['schemaVersion'] },
  ];
}
