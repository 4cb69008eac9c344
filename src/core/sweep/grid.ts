/**
 * The points of a sweep: each varied path takes `steps` evenly spaced values from `from` to
 * `to` (both included); two varied paths make a grid, the first path varying slowest. Values
 * are computed as from + (to − from)·i/(steps − 1), not by repeated addition, so the last
 * value is exactly `to` and a point's value does not depend on the ones before it.
 */
export interface Vary {
  path: string;
  from: number;
  to: number;
  steps: number;
}

export interface VaryValues {
  path: string;
  values: number[];
}

export function gridValues(v: Vary): number[] {
  if (v.steps === 1) return [v.from];
  const out: number[] = [];
  for (let i = 0; i < v.steps; i++) out.push(i === v.steps - 1 ? v.to : v.from + ((v.to - v.from) * i) / (v.steps - 1));
  return out;
}

/** Every combination of values, as {path: value}, first path slowest. */
export function gridPoints(vary: readonly VaryValues[]): Array<Record<string, number>> {
  let points: Array<Record<string, number>> = [{}];
  for (const v of vary) points = points.flatMap((p) => v.values.map((x) => ({ ...p, [v.path]: x })));
  return points;
}
