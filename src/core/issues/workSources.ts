/** The sources of work a refusal can name, and the estimate it names them from (see validate/estimateWork). */
export type WorkSource = 'providerMonths' | 'referrals' | 'comparisonGroup' | 'paymentRule' | 'behaviour';

export interface WorkEstimate {
  /** Estimated CPU seconds of the whole simulation on one reference core. */
  seconds: number;
  /** Seconds by source, largest first. */
  parts: Array<{ source: WorkSource; seconds: number }>;
}

