/**
 * fast-check generators that mutate valid scenarios field by field, as a careless editor, a
 * broken export or a hostile sender would: replace a value with any JSON value, delete a
 * field, add an unknown field (prototype names included), scale a number to an extreme
 * (NaN and ±Infinity too, as a page could pass them), or set a known parameter to the edge
 * of its range (legal, so the engine itself is exercised at its extremes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { measureSpecs, paymentSpecs, rules, sectionSpecs, segmentSpecs } from '../../models/index.js';
import type { ParamSpecs } from '../../src/core/model/ParamSpec.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Key = string | number;

/** The valid scenarios mutations start from: the shipped library and the schema fixtures. */
export function baseScenarios(): Array<{ name: string; data: Json }> {
  const load = (dir: URL, pattern: RegExp): Array<{ name: string; data: Json }> =>
    readdirSync(dir).filter((f) => pattern.test(f)).sort().map((f) => ({ name: f, data: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Json }));
  return [...load(new URL('../../scenarios/', import.meta.url), /\.json$/), ...load(new URL('../fixtures/', import.meta.url), /^schema-v\d+\.json$/)];
}

export type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: Json }
  | { kind: 'scale'; at: number; factor: number }
  | { kind: 'edge'; section: string; name: string; value: number | Json };

/** Every path in a value, parents before children ([] is the root). */
export function pathsOf(value: Json): Key[][] {
  const out: Key[][] = [[]];
  const walk = (v: Json, at: Key[]): void => {
    if (typeof v !== 'object' || v === null) return;
    const entries: Array<[Key, Json]> = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (const [k, child] of entries) { out.push([...at, k]); walk(child, [...at, k]); }
  };
  walk(value, []);
  return out;
}

function get(root: Json, path: readonly Key[]): Json {
  let at = root;
  for (const k of path) at = (at as Record<Key, Json>)[k];
  return at;
}

/** Own-property write: `obj["__proto__"] = v` would change the prototype instead. */
function put(container: Json, key: Key, value: Json): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

const SECTIONS: Readonly<Record<string, { path: Key[]; specs: ParamSpecs }>> = {
  segment: { path: ['segments', 0, 'params'], specs: segmentSpecs },
  measure: { path: ['measure', 'params'], specs: measureSpecs },
  settings: { path: ['payment', 'settings'], specs: paymentSpecs },
  ...Object.fromEntries(Object.entries(sectionSpecs).map(([name, specs]) => [name, { path: [name], specs: specs as ParamSpecs }])),
};

/** Apply mutations in order to a copy; a mutation that no longer fits the value is skipped. */
export function mutate(base: Json, mutations: readonly Mutation[]): Json {
  let root = structuredClone(base);
  for (const m of mutations) {
    if (m.kind === 'edge') {
      // Only where the parameter belongs (a rule's own parameter only under that rule).
      const payment = typeof root === 'object' && root !== null && !Array.isArray(root) ? root.payment : undefined;
      const rule = typeof payment === 'object' && payment !== null && !Array.isArray(payment) ? payment.rule : undefined;
      const specs = m.section === 'rule' ? (typeof rule === 'string' && Object.hasOwn(rules, rule) ? rules[rule].params : {}) : SECTIONS[m.section].specs;
      if (!Object.hasOwn(specs, m.name)) continue;
      let at = root;
      for (const k of m.section === 'rule' ? ['payment', 'params'] : SECTIONS[m.section].path) {
        if (typeof at !== 'object' || at === null) break;
        const next = (at as Record<Key, Json>)[k];
        if (typeof next !== 'object' || next === null) put(at, k, {});
        at = (at as Record<Key, Json>)[k];
      }
      if (typeof at === 'object' && at !== null && !Array.isArray(at)) put(at, m.name, m.value as Json);
      continue;
    }
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length];
    if (m.kind === 'replace') {
      if (path.length === 0) root = m.value;
      else put(get(root, path.slice(0, -1)), path[path.length - 1], m.value);
    } else if (m.kind === 'delete') {
      if (path.length === 0) continue;
      const parent = get(root, path.slice(0, -1)) as Record<Key, Json> | Json[];
      if (Array.isArray(parent)) parent.splice(Number(path[path.length - 1]), 1);
      else delete parent[path[path.length - 1]];
    } else if (m.kind === 'add') {
      const target = get(root, path);
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) put(target, m.key, m.value);
    } else {
      const value = get(root, path);
      if (typeof value === 'number' && path.length > 0) put(get(root, path.slice(0, -1)), path[path.length - 1], value * m.factor);
    }
  }
  return root;
}

const FACTORS = [0, -1, -0, 0.5, 2, 10, 1e-9, 1e9, 1e308, -1e308, 1 + Number.EPSILON, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', '', ' ', 'runs ', 'a.b', '\u202e', '\n'];

/** A legal or nearly legal value at a parameter's edge: its bounds, just past them, or a distribution across them. */
function edgeValue(section: string, name: string): fc.Arbitrary<number | Json> {
  const spec = section === 'rule' ? Object.values(rules).find((r) => Object.hasOwn(r.params, name))?.params[name] : SECTIONS[section].specs[name];
  if (!spec || spec.kind !== 'number') return fc.oneof(fc.constantFrom<Json>(true, false, 'quarter', 'month', 'year', 'concave', 'provider', '12'), fc.double({ min: 0, max: 1, noNaN: true }));
  const { min, max } = spec;
  return fc.oneof(
    fc.constantFrom(min, max, min - 1e-9, max + 1e-9, (min + max) / 2),
    fc.double({ min, max, noNaN: true }),
    fc.constantFrom<Json>(
      { dist: 'uniform', min, max },
      { dist: 'triangular', min, mode: max, max },
      { dist: 'normal', mean: max, sd: max - min },
      { dist: 'beta', alpha: 0.1, beta: 0.1 },
      { dist: 'beta', alpha: 10_000, beta: 0.1 },
    ),
  );
}

const ALL_PARAMS: Array<[string, string]> = [
  ...Object.entries(SECTIONS).flatMap(([section, { specs }]) => Object.keys(specs).map((name): [string, string] => [section, name])),
  ...Object.values(rules).flatMap((r) => Object.keys(r.params).map((name): [string, string] => ['rule', name])),
];

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })), value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('scale' as const), at: fc.nat(), factor: fc.constantFrom(...FACTORS) }),
  fc.constantFrom(...ALL_PARAMS).chain(([section, name]) => edgeValue(section, name).map((value): Mutation => ({ kind: 'edge', section, name, value }))),
);

/** A base scenario and one to three mutations of it. */
export function mutatedScenarioArb(bases: ReadonlyArray<{ name: string; data: Json }>): fc.Arbitrary<{ base: string; mutations: Mutation[]; data: Json }> {
  return fc.record({ b: fc.nat({ max: bases.length - 1 }), mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }) })
    .map(({ b, mutations }) => ({ base: bases[b].name, mutations, data: mutate(bases[b].data, mutations) }));
}
