/**
 * Sorts a[0..n) ascending, in place: quicksort (median of three) with insertion sort for
 * short ranges. For numbers without NaN it gives what `Float64Array.prototype.sort` gives,
 * except that −0 and +0 may come in either order (callers compare with < and >, for which
 * they are equal). Written out because the built-in sort of a typed array was a tenth of the
 * cost of settling a payment period.
 */
export function sortAscending(a: Float64Array, n: number): void {
  quicksort(a, 0, n - 1);
}

function quicksort(a: Float64Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    const mid = (lo + hi) >> 1;
    // Median of three to a[mid], then partition around it (Hoare).
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) { swap(a, i, j); i++; j--; }
    }
    // Recurse into the smaller side, loop on the larger: stack depth O(log n).
    if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; } else { quicksort(a, i, hi); hi = j; }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const x = a[i];
    let k = i - 1;
    while (k >= lo && a[k] > x) { a[k + 1] = a[k]; k--; }
    a[k + 1] = x;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]; a[i] = a[j]; a[j] = t;
}
