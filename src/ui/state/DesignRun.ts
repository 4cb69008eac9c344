/** The latest results of the current design and its per-diem baseline (possibly still streaming). */
import type { JobResult } from '../run/BatchRunner.js';

export interface DesignRun {
  /** Canonical JSON of the design that was run, to tell when the editor has moved on. */
  key: string;
  design: JobResult | null;
  baseline: JobResult | null;
  designIsBaseline: boolean;
}
