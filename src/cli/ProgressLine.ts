/**
 * The progress line on standard error: `\r`-updated, shown only once a simulation has taken
 * longer than a second (short runs stay silent) and at most ten times a second, ended with a
 * newline when done. Never on standard output, so piped JSON or CSV stays clean. The clock
 * and the writer are arguments so the behaviour can be tested without waiting.
 */
export interface ProgressOptions {
  write: (text: string) => void;
  now: () => number;
  /** Milliseconds before the line first appears. */
  delayMs?: number;
  /** Milliseconds between updates. */
  intervalMs?: number;
}

export class ProgressLine {
  private readonly started: number;
  private lastShown = -Infinity;
  private shown = false;
  private width = 0;

  constructor(private readonly label: string, private readonly options: ProgressOptions) {
    this.started = options.now();
  }

  update(done: number, total: number): void {
    const now = this.options.now();
    if (now - this.started < (this.options.delayMs ?? 1000)) return;
    if (done < total && now - this.lastShown < (this.options.intervalMs ?? 100)) return;
    this.lastShown = now;
    const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
    const text = `${this.label}: ${done}/${total} runs (${percent} %), ${((now - this.started) / 1000).toFixed(1)} s`;
    this.options.write('\r' + text.padEnd(this.width));
    this.width = text.length;
    this.shown = true;
  }

  /** Ends the line if anything was shown. */
  finish(): void {
    if (this.shown) this.options.write('\n');
    this.shown = false;
  }
}
