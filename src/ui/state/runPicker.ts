/**
 * "Another run" for the one-run figure: a run other than the one shown, drawn from a seeded
 * stream of its own (keyed by the scenario's seed), so the same clicks on the same scenario
 * show the same runs on every machine, and no simulation stream is touched.
 */
import { Stream } from '../../core/rng/Stream.js';

export class RunPicker {
  private stream: Stream;
  private seed: number;

  constructor(seed: number) {
    this.seed = seed;
    this.stream = new Stream(`${seed}|run-picker`);
  }

  /** Another run than `current` among 1..runs (1-based); `current` when there is no other. */
  next(current: number, runs: number, seed: number): number {
    if (seed !== this.seed) { this.seed = seed; this.stream = new Stream(`${seed}|run-picker`); }
    if (runs < 2) return current;
    const other = 1 + Math.floor(this.stream.next() * (runs - 1));
    return other >= current ? other + 1 : other;
  }
}
