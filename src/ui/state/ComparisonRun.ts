/** The latest comparison: a baseline and up to four designs, all on the baseline's seed and runs. */
import type { JobResult } from '../run/BatchRunner.js';

export interface ComparisonRun {
  /** Canonical JSON of every scenario compared, baseline first, to tell when one has changed. */
  keys: string[];
  baseline: JobResult | null;
  designs: JobResult[];
  /** When it finished, for the report. */
  finishedAt: Date | null;
}
