/**
 * First-order variance shares from the runs already made (a given-data estimator): sort the
 * runs by one input, cut them into equal-count bins, and compare the variance of the bin
 * means with the metric's total variance. Bin means carry sampling noise of their own
 * (within-bin variance / bin size), which would make even an irrelevant input look
 * important; that expected noise, (bins − 1)/n × the within-bin variance, is subtracted, as
 * in the one-way ANOVA estimate of a between-group variance component. Runs where the
 * metric was not measurable are left out.
 */
export interface ShareEstimate {
  share: number;
  bins: number;
  n: number;
}

export function binCount(n: number): number {
  return Math.max(2, Math.min(50, Math.floor(Math.sqrt(n) / 2)));
}

export function firstOrderShare(x: ArrayLike<number>, y: ArrayLike<number>): ShareEstimate {
  const idx: number[] = [];
  for (let i = 0; i < y.length; i++) if (Number.isFinite(y[i]) && Number.isFinite(x[i])) idx.push(i);
  const n = idx.length;
  if (n < 4) return { share: 0, bins: 0, n };
  idx.sort((a, b) => x[a] - x[b] || a - b);
  let mean = 0;
  for (const i of idx) mean += y[i];
  mean /= n;
  let total = 0;
  for (const i of idx) total += (y[i] - mean) ** 2;
  total /= n;
  if (!(total > 0)) return { share: 0, bins: 0, n };
  const bins = binCount(n);
  let between = 0, within = 0;
  for (let b = 0; b < bins; b++) {
    const from = Math.floor((b * n) / bins), to = Math.floor(((b + 1) * n) / bins);
    let m = 0;
    for (let k = from; k < to; k++) m += y[idx[k]];
    m /= to - from;
    for (let k = from; k < to; k++) within += (y[idx[k]] - m) ** 2;
    between += (to - from) * (m - mean) ** 2;
  }
  between /= n;
  within /= n - bins;
  const corrected = between - ((bins - 1) / n) * within;
  return { share: Math.min(1, Math.max(0, corrected / total)), bins, n };
}
