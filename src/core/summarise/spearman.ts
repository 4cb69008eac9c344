import { orderIndices } from '../simulate/orderIndices.js';

/** Ranks 1..n, ties given their average rank. */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  orderIndices(order, n, values, false);
  const out = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let k = i;
    while (k + 1 < n && values[order[k + 1]] === values[order[i]]) k++;
    const r = (i + k) / 2 + 1;
    for (let m = i; m <= k; m++) out[order[m]] = r;
    i = k + 1;
  }
  return out;
}

/** Pearson correlation; NaN when either side has no spread or fewer than 3 points. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n < 3) return NaN;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
  mx /= n; my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx, dy = y[i] - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

/** Spearman rank correlation (Pearson on average ranks). */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(ranks(x), ranks(y));
}
