import type { Stream } from './Stream.js';

/**
 * Binomial(n, p) as the sum of n Bernoulli draws: exact, and n is a provider's count in one
 * payment period (tens), so the cost is negligible next to the per-client loop.
 */
export function binomialDraw(n: number, p: number, stream: Stream): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (stream.next() < p) k++;
  return k;
}
