/**
 * The binomial(n, p) probabilities over the counts that matter: computed outward from the mode
 * by the ratio of neighbouring terms (no factorials, no underflow for large n) and cut where
 * a term falls below 1e-12 of the mode's, then normalised. Writes weights for k = lo..hi into
 * `out[at .. at + hi − lo]` and returns lo and hi. `out` must have room for n + 1 weights.
 */
const CUT = 1e-12;

export function binomialWeights(n: number, p: number, out: Float64Array, at = 0): { lo: number; hi: number } {
  if (n <= 0 || p <= 0) { out[at] = 1; return { lo: 0, hi: 0 }; }
  if (p >= 1) { out[at] = 1; return { lo: n, hi: n }; }
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const odds = p / (1 - p);
  // Terms relative to the mode, written at their final place (k − 0 + at), trimmed afterwards.
  out[at + mode] = 1;
  let hi = mode, term = 1, total = 1;
  while (hi < n) {
    term *= ((n - hi) / (hi + 1)) * odds;
    if (term < CUT) break;
    hi++;
    out[at + hi] = term;
    total += term;
  }
  let lo = mode;
  term = 1;
  while (lo > 0) {
    term *= lo / (n - lo + 1) / odds;
    if (term < CUT) break;
    lo--;
    out[at + lo] = term;
    total += term;
  }
  for (let k = lo; k <= hi; k++) out[at + k - lo] = out[at + k] / total;
  return { lo, hi };
}
