/**
 * Gauss–Hermite nodes and weights for expectations over a standard normal:
 * E[f(Z)] ≈ Σ w_i f(x_i), exact for polynomials of degree < 2n. Providers use them to form
 * their expectations over clients' need without drawing anything (Numerical Recipes' gauher,
 * rescaled from the physicists' weight e^(−x²) to the normal density).
 */
import { pow } from '../rng/pow.js';
export interface Nodes {
  x: Float64Array;
  w: Float64Array;
}

const cache = new Map<number, Nodes>();

export function normalNodes(n: number): Nodes {
  const hit = cache.get(n);
  if (hit) return hit;
  const x = new Float64Array(n), w = new Float64Array(n);
  const PIM4 = pow(Math.PI, -0.25);
  let z = 0;
  for (let i = 0; i < (n + 1) >> 1; i++) {
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * pow(2 * n + 1, -0.16667);
    else if (i === 1) z -= (1.14 * pow(n, 0.426)) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * x[0];
    else if (i === 3) z = 1.91 * z - 0.91 * x[1];
    else z = 2 * z - x[i - 2];
    let pp = 0;
    for (let it = 0; it < 100; it++) {
      let p1 = PIM4, p2 = 0;
      for (let j = 0; j < n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / (j + 1)) * p2 - Math.sqrt(j / (j + 1)) * p3;
      }
      pp = Math.sqrt(2 * n) * p2;
      const z1 = z;
      z = z1 - p1 / pp;
      if (Math.abs(z - z1) <= 1e-14) break;
    }
    x[i] = z; x[n - 1 - i] = -z;
    w[i] = w[n - 1 - i] = 2 / (pp * pp);
  }
  // Physicists' nodes → standard normal: x·√2, weights / √π.
  for (let i = 0; i < n; i++) { x[i] *= Math.SQRT2; w[i] /= Math.sqrt(Math.PI); }
  const nodes = { x, w };
  cache.set(n, nodes);
  return nodes;
}
