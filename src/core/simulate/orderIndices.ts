/**
 * Sorts the indices idx[0..n) by key, ascending or descending, ties by ascending index: the
 * order `Array.prototype.sort` gives with the comparator `(a, b) => key[a] − key[b] || a − b`
 * (or key[b] − key[a]), for keys without NaN. That order is total, so any correct sort gives
 * it; this one is a merge sort over typed arrays, with no comparator closure, because ranking
 * providers runs every payment period of every run.
 */
let scratch = new Int32Array(64);

export function orderIndices(idx: Int32Array, n: number, key: ArrayLike<number>, descending: boolean): void {
  if (scratch.length < n) scratch = new Int32Array(Math.max(n, 2 * scratch.length));
  const sign = descending ? -1 : 1;
  // Insertion sort of short runs, then merge runs of doubling width.
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(n, lo + RUN);
    for (let i = lo + 1; i < hi; i++) {
      const x = idx[i], kx = sign * key[x];
      let m = i - 1;
      while (m >= lo && (sign * key[idx[m]] > kx || (sign * key[idx[m]] === kx && idx[m] > x))) { idx[m + 1] = idx[m]; m--; }
      idx[m + 1] = x;
    }
  }
  let from: Int32Array = idx, to: Int32Array = scratch;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width), hi = Math.min(n, lo + 2 * width);
      let a = lo, b = mid, o = lo;
      while (a < mid && b < hi) {
        const ka = sign * key[from[a]], kb = sign * key[from[b]];
        to[o++] = kb < ka || (kb === ka && from[b] < from[a]) ? from[b++] : from[a++];
      }
      while (a < mid) to[o++] = from[a++];
      while (b < hi) to[o++] = from[b++];
    }
    const t = from; from = to; to = t;
  }
  if (from !== idx) idx.set(from.subarray(0, n));
}
