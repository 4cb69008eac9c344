/**
 * Value of information for a decision between a design and its baseline, from runs on
 * common random numbers in which the uncertain inputs were drawn once per run (Strong,
 * Oakley and Brennan 2014). The incremental net benefit of run r is
 *
 *   INB_r = λ · (good outcomes_design − good outcomes_baseline) − (cost_design − cost_baseline)
 *
 * with λ the value the analyst puts on one good outcome. INB_r mixes the inputs' effect with
 * the luck of run r (clients, measurement); no pilot can buy knowledge of that luck, so
 * INB's dependence on the inputs is first estimated by regression, g(θ) ≈ E[INB | θ]:
 *
 *   EVPPI(θ_i) = mean_r max(0, ĝ_i(θ_i,r)) − max(0, mean_r ĝ_i)     (one-input smoother)
 *   EVPI       = the same with ĝ fitted on every input at once (an additive model,
 *                by backfitting the one-input smoother)
 *
 * Both are in the units of INB (SEK per year when the metrics are per year); "adopt the design" is the
 * option chosen when the expected INB is positive.
 */
import { smoothOn } from './smoother.js';

export function incrementalNetBenefit(valuePerOutcome: number, outcomesDesign: ArrayLike<number>, outcomesBaseline: ArrayLike<number>, costDesign: ArrayLike<number>, costBaseline: ArrayLike<number>): Float64Array {
  const n = Math.min(outcomesDesign.length, outcomesBaseline.length, costDesign.length, costBaseline.length);
  const out = new Float64Array(n);
  for (let r = 0; r < n; r++) out[r] = valuePerOutcome * (outcomesDesign[r] - outcomesBaseline[r]) - (costDesign[r] - costBaseline[r]);
  return out;
}

/** E[max(0, g)] − max(0, E[g]) over the runs. */
export function valueOfKnowing(g: ArrayLike<number>): number {
  const n = g.length;
  if (n === 0) return 0;
  let mean = 0, best = 0;
  for (let i = 0; i < n; i++) { mean += g[i]; best += Math.max(0, g[i]); }
  return Math.max(0, best / n - Math.max(0, mean / n));
}

/** Runs in which INB and every input are finite (a run with an unmeasurable metric drops out). */
function usable(inb: ArrayLike<number>, inputs: readonly ArrayLike<number>[]): number[] {
  const keep: number[] = [];
  for (let r = 0; r < inb.length; r++) if (Number.isFinite(inb[r]) && inputs.every((x) => Number.isFinite(x[r]))) keep.push(r);
  return keep;
}

const pick = (a: ArrayLike<number>, keep: readonly number[]): Float64Array => Float64Array.from(keep, (r) => a[r]);

export function evppi(inb: ArrayLike<number>, input: ArrayLike<number>): number {
  const keep = usable(inb, [input]);
  return valueOfKnowing(smoothOn(pick(input, keep), pick(inb, keep)));
}

/** EVPI from an additive fit on every input, by backfitting (a few sweeps suffice). */
export function evpi(inb: ArrayLike<number>, inputs: readonly ArrayLike<number>[], sweeps = 10): number {
  const keep = usable(inb, inputs);
  const y = pick(inb, keep);
  const xs = inputs.map((x) => pick(x, keep));
  const n = y.length;
  if (n === 0) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i];
  mean /= n;
  const parts = xs.map(() => new Float64Array(n));
  const residual = new Float64Array(n);
  for (let s = 0; s < (xs.length > 1 ? sweeps : 1); s++) {
    for (let j = 0; j < xs.length; j++) {
      for (let i = 0; i < n; i++) { let other = 0; for (let k = 0; k < xs.length; k++) if (k !== j) other += parts[k][i]; residual[i] = y[i] - mean - other; }
      const f = smoothOn(xs[j], residual);
      let fm = 0;
      for (let i = 0; i < n; i++) fm += f[i];
      fm /= n;
      for (let i = 0; i < n; i++) parts[j][i] = f[i] - fm;
    }
  }
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) { let v = mean; for (const p of parts) v += p[i]; g[i] = v; }
  return valueOfKnowing(g);
}
