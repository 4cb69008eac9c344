/**
 * Ranks 1…n of values[idx[0]], …, values[idx[n − 1]], highest value first, ties in the order
 * of idx, written to rank[idx[i]]: with idx ascending, the ranks `Array.prototype.sort` gives
 * with `(a, b) => values[b] − values[a] || a − b`, for values without NaN. Providers are
 * ranked every payment period of every run, so no comparator closure: a sort of the values
 * (sortAscending), then per provider the count of values above its own by binary
 * search, plus the ties already ranked.
 */
import { sortAscending } from '../maths/sortAscending.js';

let sorted = new Float64Array(256);
let tiesSeen = new Int32Array(256);

export function rankDescending(values: ArrayLike<number>, idx: Int32Array, n: number, rank: Float64Array): void {
  if (sorted.length < n) { sorted = new Float64Array(2 * n); tiesSeen = new Int32Array(2 * n); }
  for (let i = 0; i < n; i++) { sorted[i] = values[idx[i]]; tiesSeen[i] = 0; }
  sortAscending(sorted, n);
  for (let i = 0; i < n; i++) {
    const v = values[idx[i]];
    // Values above v: n minus the first position holding a value greater than v.
    let lo = 0, hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] > v) hi = mid; else lo = mid + 1;
    }
    const above = n - lo;
    rank[idx[i]] = above + 1 + tiesSeen[above]++;
  }
}
