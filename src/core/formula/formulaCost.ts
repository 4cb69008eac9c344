/**
 * An upper bound on what one evaluation of a compiled formula costs, in nanoseconds on the
 * reference machine (one core of the 2-core test machine, Node 20), from the checked tree:
 * every node is a closure call, and the expensive ones are weighted by their worst case —
 * a power with a computed exponent may take mathjs's real-root path for a negative base
 * (microseconds), round/floor/ceil near a half take the digit path. The resource estimate
 * multiplies it by the evaluations a scenario makes, so a long formula of expensive terms is
 * refused up front instead of running for hours. bench/worstCase.ts measures the weights.
 */
import type { FormulaNode } from './FormulaNode.js';

/** Nanoseconds, worst case per evaluation of a node, on the reference machine. */
export const FORMULA_NODE_NS = {
  /** Any node: a closure call and its arithmetic. */
  node: 15,
  /** round, floor, ceil (the digit path within 1e-9 of a half). */
  rounding: 50,
  /** e^x and ln x (ports); log with a base is two of them. */
  transcendental: 80,
  /** x^y with a constant exponent (the port; a negative base's sign decided at compile time). */
  powConstant: 400,
  /** x^y with a computed exponent: a negative base goes through mathjs's fraction test. */
  powComputed: 5000,
  /** Each argument of min, max, clamp and each link of a comparison (tolerant comparisons). */
  perArgument: 10,
} as const;

export function formulaCost(t: FormulaNode): number {
  const W = FORMULA_NODE_NS;
  switch (t.kind) {
    case 'number': case 'variable': return W.node;
    case 'unary': return W.node + formulaCost(t.arg);
    case 'binary': {
      const own = t.op !== 'pow' ? 0 : t.right.kind === 'number' ? W.powConstant : W.powComputed;
      return W.node + own + formulaCost(t.left) + formulaCost(t.right);
    }
    case 'conditional': return W.node + formulaCost(t.test) + Math.max(formulaCost(t.then), formulaCost(t.otherwise));
    case 'compare': return W.node + W.perArgument * t.ops.length + sum(t.args);
    case 'call': {
      const own = t.name === 'round' || t.name === 'floor' || t.name === 'ceil' ? W.rounding
        : t.name === 'exp' || t.name === 'log' ? W.transcendental * t.args.length
          : W.perArgument * t.args.length;
      return W.node + own + sum(t.args);
    }
  }
}

function sum(args: FormulaNode[]): number {
  let total = 0;
  for (const a of args) total += formulaCost(a);
  return total;
}
