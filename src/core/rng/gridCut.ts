/**
 * A stream's uniforms lie on a grid: `Stream.next` gives u_k = (k + ½)·2^-32 for a 32-bit k.
 * For a test on u that is false up to some point of the grid and true from there on (monotone
 * along it), `gridCut` finds by bisection the first grid point where it holds. Then
 * `u >= gridCut(test)` *is* the test for every uniform a stream can give — exact at the
 * boundary, not an approximation — and a kernel can trade an expression with normal quantiles
 * and exponentials for one comparison.
 *
 * Monotone along the grid is the caller's promise. `normalQuantile` is strictly increasing on
 * all 2^32 grid points (checked once by a full scan), and ·, +, exp and round are nondecreasing
 * in IEEE arithmetic, so tests built from them as `x + sd·Q(u) > 0` (sd ≥ 0) qualify.
 */
const TWO_POW_32 = 2 ** 32;
const TWO_POW_NEG_32 = 2 ** -32;

/** The k-th grid point, exactly as `Stream.next` computes it. */
export function gridPoint(k: number): number {
  return (k + 0.5) * TWO_POW_NEG_32;
}

/** The first grid point where `test` holds; if it never does, a number above every uniform. */
export function gridCut(test: (u: number) => boolean, from = 0): number {
  let lo = from, hi = TWO_POW_32;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (test(gridPoint(mid))) hi = mid;
    else lo = mid + 1;
  }
  return gridPoint(lo);
}

/** The grid index of a grid point (the inverse of `gridPoint`). */
export function gridIndex(u: number): number {
  return u * TWO_POW_32 - 0.5;
}
