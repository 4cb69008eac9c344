/**
 * Seconds left, from the pace so far. Null until the first runs are done (no pace yet), so
 * the page says "estimating" instead of a made-up number.
 */
export function estimateRemaining(elapsedMs: number, runsDone: number, runsTotal: number): number | null {
  if (runsDone <= 0 || elapsedMs <= 0) return null;
  if (runsDone >= runsTotal) return 0;
  return ((elapsedMs / runsDone) * (runsTotal - runsDone)) / 1000;
}
