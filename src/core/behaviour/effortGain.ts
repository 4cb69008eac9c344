/** Extra effect of extra effort e in [0, 1]: maxGain·e(2 − e), rising with diminishing returns. */
export function effortGain(e: number, maxGain: number): number {
  return maxGain * e * (2 - e);
}
