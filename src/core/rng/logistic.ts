/** The logistic function, 1 / (1 + e^-x). */
import { exp } from './exp.js';
import { log } from './log.js';
export function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}

/** Log-odds of a probability in (0, 1). */
export function logit(p: number): number {
  return log(p / (1 - p));
}
