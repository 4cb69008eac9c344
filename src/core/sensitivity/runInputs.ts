/**
 * The value each uncertain input took in each run. drawRunParams is a pure function of
 * (compiled scenario, run) — every draw comes from a stream keyed by (seed, run, path) — so
 * calling it again gives exactly the values the simulation used, without the simulation
 * having to carry them. This maps a scenario path to where drawRunParams puts the value.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import { drawRunParams, type RunParams } from '../compile/drawRunParams.js';
import { getAt, parsePath, type PathPart } from '../sweep/jsonPath.js';

/** Scenario path → path inside RunParams, or undefined when the path is not a parameter. */
export function runParamsPath(path: readonly PathPart[]): PathPart[] | undefined {
  const [a, b, c, d] = path;
  if (a === 'segments' && typeof b === 'number' && c === 'params' && typeof d === 'string' && path.length === 4) return ['segments', b, d];
  if (a === 'measure' && b === 'params' && typeof c === 'string' && path.length === 3) return ['measure', c];
  if (a === 'payment' && b === 'params' && typeof c === 'string' && path.length === 3) return ['rule', c];
  if (a === 'payment' && b === 'settings' && typeof c === 'string' && path.length === 3) return ['payment', c];
  if (a === 'behaviour' && typeof b === 'string' && typeof c === 'string' && path.length === 3) return ['behaviour', b, c];
  if (typeof a === 'string' && typeof b === 'string' && path.length === 2) return ['sections', a, b];
  return undefined;
}

/** One array per path: the input's value in runs 0 … runs − 1 (NaN where the path is no parameter). */
export function runInputValues(c: CompiledScenario, paths: readonly string[], runs: number): Float64Array[] {
  const where = paths.map((p) => { const parsed = parsePath(p); return parsed && runParamsPath(parsed); });
  const out = paths.map(() => new Float64Array(runs));
  for (let r = 0; r < runs; r++) {
    const params: RunParams = drawRunParams(c, r);
    where.forEach((w, i) => {
      const v = w && getAt(params, w);
      out[i][r] = typeof v === 'number' ? v : NaN;
    });
  }
  return out;
}
