/**
 * The value of one parameter at which a metric reaches a target (the cost-neutral bonus, the
 * withhold share at which a tenth of providers make a loss), by bisection. Every evaluation
 * runs on the same seed, so the metric is a fixed function of the parameter (common random
 * numbers) and bisection converges on that function's crossing instead of chasing noise.
 *
 * The answer's uncertainty is the metric's Monte Carlo SE at the crossing divided by the
 * metric's slope there (the delta method): had the runs been different, the curve would sit
 * about one SE higher or lower and cross that much earlier or later. The slope is the secant
 * over the last bracket at least an eighth of the range wide, far enough apart that the
 * discreteness of counts does not make it noise.
 */
export interface SolvePoint {
  x: number;
  /** The metric (or the paired difference) at x, and its Monte Carlo SE. */
  value: number;
  se: number;
}

export interface SolveOptions {
  target: number;
  lo: number;
  hi: number;
  /** Stop when the bracket is this narrow (default: a thousandth of the range). */
  tolerance?: number;
  maxIterations?: number;
}

export type SolveResult =
  | { ok: true; value: number; se: number; bracket: [number, number]; slope: number; iterations: number; evaluations: SolvePoint[] }
  | { ok: false; reason: 'no-crossing' | 'not-measurable'; evaluations: SolvePoint[] };

export async function solveBisection(evaluate: (x: number) => Promise<SolvePoint | null>, o: SolveOptions): Promise<SolveResult> {
  const evaluations: SolvePoint[] = [];
  const at = async (x: number): Promise<SolvePoint | null> => {
    const p = await evaluate(x);
    if (p) evaluations.push(p);
    return p;
  };
  let a = await at(o.lo);
  let b = await at(o.hi);
  if (!a || !b) return { ok: false, reason: 'not-measurable', evaluations };
  const sign = (p: SolvePoint): number => Math.sign(p.value - o.target);
  if (sign(a) === 0) return finish(a, a, a, b, 0);
  if (sign(b) === 0) return finish(b, b, a, b, 0);
  if (sign(a) === sign(b)) return { ok: false, reason: 'no-crossing', evaluations };
  const range = Math.abs(o.hi - o.lo);
  const tolerance = o.tolerance ?? range / 1000;
  const maxIterations = o.maxIterations ?? 60;
  let wide: [SolvePoint, SolvePoint] = [a, b];
  let iterations = 0;
  while (Math.abs(b.x - a.x) > tolerance && iterations < maxIterations) {
    const mid = await at((a.x + b.x) / 2);
    iterations++;
    if (!mid) return { ok: false, reason: 'not-measurable', evaluations };
    if (sign(mid) === 0) return finish(mid, mid, wide[0], wide[1], iterations);
    if (sign(mid) === sign(a)) a = mid;
    else b = mid;
    if (Math.abs(b.x - a.x) >= range / 8) wide = [a, b];
  }
  return finish(a, b, wide[0], wide[1], iterations);

  function finish(lo: SolvePoint, hi: SolvePoint, w0: SolvePoint, w1: SolvePoint, iterations: number): SolveResult {
    // Linear interpolation inside the final bracket.
    const x = hi.value === lo.value ? lo.x : lo.x + ((o.target - lo.value) * (hi.x - lo.x)) / (hi.value - lo.value);
    const slope = (w1.value - w0.value) / (w1.x - w0.x);
    const se = (lo.se + hi.se) / 2 / Math.abs(slope);
    const bracket: [number, number] = lo.x < hi.x ? [lo.x, hi.x] : [hi.x, lo.x];
    return { ok: true, value: x, se: Number.isFinite(se) ? se : Infinity, bracket, slope, iterations, evaluations };
  }
}

/**
 * Where a fine sweep crosses the target: linear interpolation between the first pair of
 * neighbouring points on either side (for checking a solve against a sweep).
 */
export function sweepCrossing(points: ReadonlyArray<{ x: number; value: number }>, target: number): number | undefined {
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1];
    const q = points[i];
    if ((p.value - target) * (q.value - target) <= 0 && p.value !== q.value) return p.x + ((target - p.value) * (q.x - p.x)) / (q.value - p.value);
  }
  return undefined;
}
