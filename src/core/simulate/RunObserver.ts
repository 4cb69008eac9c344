/**
 * An optional look inside one run, for showing a single run's providers period by period
 * (core/simulate/captureRun). simulateRun calls it once at the start and once per segment at
 * each settlement, never per client, and not at all when no observer is given, so normal
 * runs do the same work as without it.
 */
import type { SegmentView } from '../behaviour/SegmentView.js';
import type { RunState } from '../state/RunState.js';

/** What the run was drawn from, for an observer that needs the cohort model. */
export interface ObservedRun {
  s: RunState;
  views: readonly SegmentView[];
  /** Per segment: the spread of need within a provider (simulateRun's needScale). */
  needScale: readonly number[];
}

/** A settled segment's period as the payment rule saw it; index k is provider offset + k. */
export interface SettledSegment {
  count: number;
  active: Uint8Array;
  measured: Float64Array;
  successes: Float64Array;
  flagged: Float64Array;
}

export interface RunObserver {
  begin(run: ObservedRun): void;
  /** After segment providers offset … offset + count − 1 were paid and flagged for period q. */
  settled(q: number, offset: number, segment: SettledSegment): void;
}
