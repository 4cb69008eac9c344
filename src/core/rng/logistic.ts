/** The logistic function, 1 / (1 + e^-x). */
import { exp } from './exp.js';
export function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}

/** Log-odds of a probability in (0, 1). */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}
