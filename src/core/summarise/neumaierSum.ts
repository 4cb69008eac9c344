/** Compensated (Neumaier) summation: sums of thousands of large SEK amounts without drift. */
export function neumaierSum(xs: ArrayLike<number>): number {
  let sum = 0, comp = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const t = sum + x;
    comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + comp;
}

/**
 * neumaierSum of the squared deviations (x − centre)², without an array of them: the same
 * terms added in the same order, so the same bits.
 */
export function neumaierSumOfSquares(xs: ArrayLike<number>, centre: number): number {
  let sum = 0, comp = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = (xs[i] - centre) * (xs[i] - centre);
    const t = sum + x;
    comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + comp;
}
