/** Binomial probabilities for the closed forms, computed in log space (no overflow for n ≤ 10⁴). */
function logFactorial(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
}

/** P(X = k) for k = 0..n, X ~ Binomial(n, p). */
export function binomialPmf(n: number, p: number): Float64Array {
  const out = new Float64Array(n + 1);
  if (p <= 0 || p >= 1) { out[p <= 0 ? 0 : n] = 1; return out; }
  const lf = logFactorial(n);
  let lk = 0; // log k!
  for (let k = 0; k <= n; k++) {
    if (k > 0) lk += Math.log(k);
    out[k] = Math.exp(lf - lk - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
  }
  return out;
}

/** Central moments μ2 and μ4 of X/n for X ~ Binomial(n, p) (for the standard error of a sample sd). */
export function binomialRateMoments(n: number, p: number): { mean: number; mu2: number; mu4: number } {
  const pmf = binomialPmf(n, p);
  let mu2 = 0, mu4 = 0;
  for (let k = 0; k <= n; k++) {
    const d = k / n - p;
    mu2 += pmf[k] * d * d;
    mu4 += pmf[k] * d * d * d * d;
  }
  return { mean: p, mu2, mu4 };
}
