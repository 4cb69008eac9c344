/**
 * E[y | x] for one input x: a cubic regression spline (truncated-power basis, knots at
 * quantiles of x) fitted by least squares with a small ridge penalty, the single-parameter
 * smoother of the regression method for EVPPI (Strong, Oakley and Brennan 2014, Medical
 * Decision Making 34(3):311–326). The number of knots grows slowly with the runs (about
 * n^0.2, at most 8), enough to follow a smooth curve without fitting the noise. x is scaled
 * to [0, 1] first so the normal equations stay well conditioned.
 */
export function knotCount(n: number): number {
  return Math.max(0, Math.min(8, Math.floor(Math.pow(n, 0.2)) - 1));
}

/** Fitted values at each run (same order as the inputs). Needs finite x and y. */
export function smoothOn(x: ArrayLike<number>, y: ArrayLike<number>): Float64Array {
  const n = y.length;
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) { lo = Math.min(lo, x[i]); hi = Math.max(hi, x[i]); }
  const fitted = new Float64Array(n);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i];
  mean /= n || 1;
  if (!(hi > lo) || n < 8) return fitted.fill(mean);
  const u = Float64Array.from({ length: n }, (_, i) => (x[i] - lo) / (hi - lo));
  const sorted = Float64Array.from(u).sort();
  const k = knotCount(n);
  const knots = Array.from({ length: k }, (_, j) => sorted[Math.floor(((j + 1) * n) / (k + 1))]);
  const p = 4 + k;
  const row = (t: number, out: Float64Array): void => {
    out[0] = 1; out[1] = t; out[2] = t * t; out[3] = t * t * t;
    for (let j = 0; j < k; j++) { const d = t - knots[j]; out[4 + j] = d > 0 ? d * d * d : 0; }
  };
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  const r = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    row(u[i], r);
    const yc = y[i] - mean;
    for (let a = 0; a < p; a++) {
      xty[a] += r[a] * yc;
      for (let b = 0; b <= a; b++) xtx[a * p + b] += r[a] * r[b];
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) xtx[b * p + a] = xtx[a * p + b];
  // Ridge: a millionth of the average diagonal, enough to keep near-collinear knots solvable.
  let trace = 0;
  for (let a = 0; a < p; a++) trace += xtx[a * p + a];
  for (let a = 1; a < p; a++) xtx[a * p + a] += (1e-6 * trace) / p;
  const beta = solveSymmetric(xtx, xty, p);
  for (let i = 0; i < n; i++) {
    row(u[i], r);
    let f = mean;
    for (let a = 0; a < p; a++) f += beta[a] * r[a];
    fitted[i] = f;
  }
  return fitted;
}

/** Solves A b = y for a symmetric positive-definite A by Cholesky. */
function solveSymmetric(a: Float64Array, y: Float64Array, p: number): Float64Array {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * p + j];
      for (let k = 0; k < j; k++) s -= l[i * p + k] * l[j * p + k];
      l[i * p + j] = i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / l[j * p + j];
    }
  }
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) { let s = y[i]; for (let k = 0; k < i; k++) s -= l[i * p + k] * z[k]; z[i] = s / l[i * p + i]; }
  const b = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) { let s = z[i]; for (let k = i + 1; k < p; k++) s -= l[k * p + i] * b[k]; b[i] = s / l[i * p + i]; }
  return b;
}
