/**
 * Resource ceilings, documented in the README. They keep a hostile or mistaken file from
 * hanging a tab or a terminal: work is refused up front with a message saying what to lower.
 */
export const LIMITS = {
  /** Largest scenario file read, in bytes. */
  maxFileBytes: 1_000_000,
  maxRuns: 100_000,
  maxProvidersPerSegment: 2_000,
  maxSegments: 20,
  maxHorizonMonths: 120,
  /** runs × providers × (warm-up + horizon months): about a minute of work on one core. */
  maxProviderMonthRuns: 500_000_000,
} as const;

export const SCHEMA_VERSION = 1;
