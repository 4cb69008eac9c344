/**
 * A client's age band from one uniform: the number of cumulative shares below it, i.e. the
 * first band whose cumulative share reaches u. The kernel looks u up in a table of buckets of
 * the unit interval (each knows the band at its lower edge) and steps on past any cut inside
 * the bucket, which gives exactly the count for every u: a load and a rarely taken branch
 * instead of a comparison per band.
 */
const BUCKETS = 256;

export class AgeBands {
  /** cut[i] (i < bands − 1): cumulative share of bands 0 … i; cut[bands − 1] = ∞ stops the step. */
  readonly cut: Float64Array;
  /** Band at the lower edge of each bucket. */
  readonly start: Uint8Array;

  constructor(readonly cumulative: Float64Array) {
    const last = cumulative.length - 1;
    for (let i = 1; i < last; i++) {
      if (!(cumulative[i] >= cumulative[i - 1])) throw new Error(`internal: age shares' cumulative sum decreases at band ${i}`);
    }
    this.cut = new Float64Array(last + 1);
    for (let i = 0; i < last; i++) this.cut[i] = cumulative[i];
    this.cut[last] = Infinity;
    this.start = new Uint8Array(BUCKETS);
    let band = 0;
    for (let b = 0; b < BUCKETS; b++) {
      while (b / BUCKETS > this.cut[band]) band++;
      this.start[b] = band;
    }
  }

  /** The number of i < bands − 1 with u > cumulative[i], for u in (0, 1). */
  bandOf(u: number): number {
    const cut = this.cut;
    let band = this.start[(u * BUCKETS) | 0];
    while (u > cut[band]) band++;
    return band;
  }
}

/** The count the table reproduces, written out (tests compare the two). */
export function ageBandByCount(cumulative: ArrayLike<number>, u: number): number {
  let band = 0;
  for (let i = 0; i < cumulative.length - 1; i++) band += u > cumulative[i] ? 1 : 0;
  return band;
}
