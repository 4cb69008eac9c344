/**
 * The market: which providers hold the contracts, how good they truly are, which of them count
 * as truly deficient, and who replaces a provider whose contract was ended.
 *
 * "Truly deficient" is a fixed share of each segment: the ⌈share × n⌉ providers with the lowest
 * true quality (at most n − 1, so a segment always has an acceptable provider to compare with).
 * A threshold on the quality distribution instead made the count itself random (4 to 11 of 40
 * across seeds), so precision and miss rates moved with a count nobody chose.
 */
import type { Stream } from '../rng/Stream.js';
import { normalQuantile } from '../rng/normalQuantile.js';
import type { RunState } from '../state/RunState.js';

/** The market run `run` belongs to when the runs are split among `markets` (consecutive blocks). */
export function marketOf(run: number, runs: number, markets: number): number {
  return Math.floor(run / Math.ceil(runs / markets));
}

/** What drawing a provider needs from its segment. */
export interface SegmentMarket {
  offset: number;
  providers: number;
  qualityMean: number;
  qualitySd: number;
  caseMixSd: number;
}

/** How many of a segment's n providers count as deficient. */
export function deficientCount(share: number, n: number): number {
  if (n < 2 || !(share > 0)) return 0;
  // The small allowance keeps 0.16 × 25 = 4.000000000000001 at 4.
  return Math.min(n - 1, Math.ceil(share * n - 1e-9));
}

/**
 * Mark the lowest ⌈share × n⌉ true qualities of the segment as deficient and return the
 * quality below which a newcomer counts as deficient (midway between the last deficient and
 * the first acceptable provider; −∞ when nobody is deficient).
 */
export function markDeficient(s: RunState, seg: SegmentMarket, share: number): number {
  const { offset, providers: n } = seg;
  for (let j = offset; j < offset + n; j++) s.deficient[j] = 0;
  const k = seg.qualitySd > 0 ? deficientCount(share, n) : 0;
  if (k === 0) return -Infinity;
  // Order by quality, ties by position, so the marking never depends on the sort's stability.
  const order = Array.from({ length: n }, (_, i) => offset + i);
  order.sort((a, b) => s.quality[a] - s.quality[b] || a - b);
  for (let i = 0; i < k; i++) s.deficient[order[i]] = 1;
  return (s.quality[order[k - 1]] + s.quality[order[k]]) / 2;
}

/** One provider's true quality and case mix from two uniforms of the market's streams. */
export function drawProvider(s: RunState, j: number, seg: SegmentMarket, dose: number, uQuality: number, uCaseMix: number): void {
  s.quality[j] = seg.qualityMean + seg.qualitySd * normalQuantile(uQuality);
  s.effectFull[j] = s.quality[j];
  s.effect[j] = s.quality[j] * dose;
  s.needMean[j] = seg.caseMixSd * normalQuantile(uCaseMix);
}

/**
 * A new provider takes over contract slot j after procurement: drawn from the same market
 * (its own stream, so no other draw moves), with no clients yet and no history of flags.
 */
export function replaceProvider(s: RunState, j: number, seg: SegmentMarket, dose: number, deficientBelow: number, procurement: Stream): void {
  drawProvider(s, j, seg, dose, procurement.next(), procurement.next());
  s.deficient[j] = s.quality[j] < deficientBelow ? 1 : 0;
  s.active[j] = 1;
  s.weight[j] = 1;
  s.endedAt[j] = -1;
  s.replaced++;
}
