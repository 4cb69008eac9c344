/**
 * The uncertain inputs of a scenario: every numeric parameter given as a distribution
 * (uniform, triangular, normal, lognormal, beta), found by walking the scenario's JSON, with
 * its path as the messages write it. Walking the document rather than the compiled model
 * keeps this independent of the model catalogue: a distribution can only stand where the
 * schema allows a parameter.
 */
import type { Distribution } from '../rng/Distribution.js';
import { pathText, type PathPart } from '../sweep/jsonPath.js';

export interface UncertainInput {
  path: string;
  dist: Distribution;
}

const DISTS = new Set(['uniform', 'triangular', 'normal', 'lognormal', 'beta']);

export function isDistribution(v: unknown): v is Distribution {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && DISTS.has(String((v as { dist?: unknown }).dist));
}

/** In document order (the order a reader of the file meets them). */
export function findUncertainInputs(data: unknown): UncertainInput[] {
  const out: UncertainInput[] = [];
  const walk = (v: unknown, path: PathPart[]): void => {
    if (isDistribution(v)) { out.push({ path: pathText(path), dist: v }); return; }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(data, []);
  return out;
}
