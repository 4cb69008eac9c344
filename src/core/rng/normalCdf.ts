/**
 * Standard normal CDF via the complementary error function (W. J. Cody's rational
 * approximations as popularised in Numerical Recipes' erfc, |relative error| < 1.2e-7).
 * Used for closed forms (expected observation probabilities), never in hot loops.
 */
import { exp } from './exp.js';
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
