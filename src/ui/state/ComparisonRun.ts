/** The latest comparison: a baseline and up to four designs, all on the baseline's seed and runs. */
import type { JobResult } from '../run/BatchRunner.js';
import type { ResponsePair } from './responsePlan.js';

export interface ComparisonRun {
  /** Canonical JSON of every scenario compared, baseline first, to tell when one has changed. */
  keys: string[];
  baseline: JobResult | null;
  designs: JobResult[];
  /** Each design if providers do not respond and if they do (empty unless asked for). */
  pairs: ResponsePair[];
  /** Every job's latest result, by its key (the pairs' columns name them). */
  byKey: ReadonlyMap<string, JobResult>;
  /** When it finished, for the report. */
  finishedAt: Date | null;
}
