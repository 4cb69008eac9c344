/**
 * Resource ceilings, documented in the README. They keep a hostile or mistaken file from
 * hanging a tab or a terminal: work is refused up front with a message saying what to lower.
 */
export const LIMITS = {
  /** Largest scenario file read, in bytes. */
  maxFileBytes: 1_000_000,
  maxRuns: 100_000,
  /** Largest seed: an unsigned 32-bit integer, the range seeds are commonly given in. */
  maxSeed: 4_294_967_295,
  maxProvidersPerSegment: 2_000,
  maxSegments: 20,
  maxHorizonMonths: 120,
  /** runs × providers × (warm-up + horizon months): about a minute of work on one core. */
  maxProviderMonthRuns: 500_000_000,
  /**
   * Expected referrals over all runs (runs × Σ providers × referrals per provider-month ×
   * months). Every referral is a simulated client, a few million a second on one core (README, "Speed")
   * as measured, so this is a few minutes of work; without it a high referral rate
   * (up to 500 per provider-month) hides hours of work under the provider-month ceiling.
   */
  maxReferralRuns: 1_000_000_000,
  /**
   * Estimated CPU time of a simulation on one core of the reference machine (estimateWork):
   * every source of work counted — provider-months, referrals, the comparison group, the
   * payment rule (a custom formula by its cost bound) and behaviour's probes. Ten minutes on
   * one core is five on two; the page and the terminal stay usable, and nothing runs for hours.
   */
  maxCpuSeconds: 600,
  /**
   * Estimated peak memory of a simulation (estimateResources): one run's state per worker,
   * for at most `maxWorkers` workers at once, plus the result tables. A browser tab commonly
   * dies somewhere between 2 and 4 GB on a desktop, and far sooner on a small laptop or a
   * phone; half a gigabyte leaves room for the page, its charts and the other tabs.
   */
  maxMemoryBytes: 512_000_000,
  /** The most workers the memory estimate assumes run at once; the page's and the CLI's pools start no more. */
  maxWorkers: 8,
  /**
   * Shape of distributions for uncertain inputs. With beta shapes far below 1 both gamma draws
   * can underflow to 0 and the beta draw is 0 / 0 = NaN (1e-300 always does, 0.03 can; 0.1
   * cannot, since a stream's uniforms are at least 2^-33); above 10,000 the draw is a point
   * anyway. A lognormal sdLog above 5 spreads a value over more than ten orders of magnitude.
   */
  betaShape: { min: 0.1, max: 10_000 },
  maxSdLog: 5,
  /** Issues listed for one file; the rest are counted in a last line. */
  maxIssues: 100,
} as const;

export const SCHEMA_VERSION = 1;
