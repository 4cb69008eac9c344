/**
 * Episode length in whole months from one uniform: round(median · exp(sdLog · Q(u))), at least
 * one month (lognormal, docs/model.md). The kernel does not evaluate that expression per client: it
 * looks the uniform up among the cut points where the length steps up, found on the stream's
 * own grid (rng/gridCut), so the lookup gives the expression's value for every uniform a stream
 * can give. Lengths of `cap` months or more are returned as `cap`: a run of `cap` months
 * cannot tell them apart (the client is still in care at the end).
 *
 * Tables depend only on (median, sdLog, cap), which rarely change between runs, so the last
 * few are kept and shared.
 */
import { gridCut } from '../rng/gridCut.js';
import { normalQuantile } from '../rng/normalQuantile.js';
import { exp } from '../rng/exp.js';

/** The model's expression, which the table reproduces. */
export function episodeLength(median: number, sdLog: number, u: number): number {
  return Math.max(1, Math.round(median * exp(sdLog * normalQuantile(u))));
}

/** Buckets of the unit interval, each knowing the length at its lower edge. */
/** 1,024 buckets: a cut falls inside few of them, so the step after the lookup is rarely taken. */
const BUCKETS = 1024;

export class EpisodeLengths {
  /** cut[L]: the first uniform whose length is at least L (L = 2 … cap); cut[cap + 1] = ∞. */
  readonly cut: Float64Array;
  /** Length at the lower edge of each bucket, where the lookup starts. */
  readonly start: Uint16Array;

  constructor(readonly median: number, readonly sdLog: number, readonly cap: number) {
    this.cut = new Float64Array(cap + 2);
    this.cut[0] = -Infinity;
    this.cut[1] = -Infinity;
    this.cut[cap + 1] = Infinity;
    for (let L = 2; L <= cap; L++) this.cut[L] = gridCut((u) => episodeLength(median, sdLog, u) >= L);
    this.start = new Uint16Array(BUCKETS);
    let L = 1;
    for (let b = 0; b < BUCKETS; b++) {
      while (b / BUCKETS >= this.cut[L + 1]) L++;
      this.start[b] = L;
    }
  }

  /** min(cap, episodeLength(median, sdLog, u)) for a stream uniform u in (0, 1). */
  lengthOf(u: number): number {
    const cut = this.cut;
    let L = this.start[(u * BUCKETS) | 0];
    while (u >= cut[L + 1]) L++;
    return L;
  }
}

const recent: EpisodeLengths[] = [];
const KEEP = 16;

/** The table for (median, sdLog, cap), shared with earlier runs that used the same values. */
export function episodeLengths(median: number, sdLog: number, cap: number): EpisodeLengths {
  for (const t of recent) if (t.median === median && t.sdLog === sdLog && t.cap === cap) return t;
  const t = new EpisodeLengths(median, sdLog, cap);
  if (recent.length >= KEEP) recent.shift();
  recent.push(t);
  return t;
}
