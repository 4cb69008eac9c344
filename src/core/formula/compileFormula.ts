/**
 * A checked formula tree → a plain JavaScript closure over a Float64Array of variable values
 * (slots in FORMULA_VARIABLES order). Built node by node from the tree — no `new Function`,
 * no eval, no text — with sub-trees free of variables folded to constants and the common
 * leaf shapes (variable, constant) read directly, so a call costs a few nanoseconds.
 */
import type { BinaryOp, FormulaNode } from './FormulaNode.js';
import { formulaCost } from './formulaCost.js';
import * as n from './numberSemantics.js';

export type Evaluate = (values: Float64Array) => number;

export interface CompiledFormula {
  text: string;
  evaluate: Evaluate;
  /** Upper bound on one evaluation's cost in nanoseconds on the reference machine (formulaCost of the folded tree). */
  costNs: number;
}

export function compileFormula(text: string, tree: FormulaNode): CompiledFormula {
  const folded = fold(tree);
  return { text, evaluate: build(folded), costNs: formulaCost(folded) };
}

const usesVariables = (t: FormulaNode): boolean => {
  switch (t.kind) {
    case 'number': return false;
    case 'variable': return true;
    case 'unary': return usesVariables(t.arg);
    case 'binary': return usesVariables(t.left) || usesVariables(t.right);
    case 'conditional': return usesVariables(t.test) || usesVariables(t.then) || usesVariables(t.otherwise);
    case 'compare': case 'call': return t.args.some(usesVariables);
  }
};

const NO_VALUES = new Float64Array(0);

/** Sub-trees without variables become their value, computed by the same closures. */
function fold(t: FormulaNode): FormulaNode {
  if (t.kind === 'number' || t.kind === 'variable') return t;
  if (!usesVariables(t)) return { kind: 'number', value: build(t)(NO_VALUES) };
  switch (t.kind) {
    case 'unary': return { ...t, arg: fold(t.arg) };
    case 'binary': return { ...t, left: fold(t.left), right: fold(t.right) };
    case 'conditional': return { ...t, test: fold(t.test), then: fold(t.then), otherwise: fold(t.otherwise) };
    case 'compare': case 'call': return { ...t, args: t.args.map(fold) };
  }
}

function build(t: FormulaNode): Evaluate {
  switch (t.kind) {
    case 'number': { const c = t.value; return () => c; }
    case 'variable': { const s = t.slot; return (v) => v[s]; }
    case 'unary': return unary(t.op, build(t.arg));
    case 'binary': return binary(t.op, t.left, t.right);
    case 'conditional': {
      const test = build(t.test), a = build(t.then), b = build(t.otherwise);
      return (v) => (test(v) ? a(v) : b(v));
    }
    case 'compare': return compare(t.ops, t.args.map(build));
    case 'call': return call(t.name, t.args);
  }
}

function unary(op: 'neg' | 'pos' | 'not', f: Evaluate): Evaluate {
  switch (op) {
    case 'neg': return (v) => -f(v);
    case 'pos': return (v) => +f(v);
    case 'not': return (v) => (f(v) ? 0 : 1);
  }
}

/**
 * `c0 ± c1·x` (either order of the sum, either order of the product) as c0 + k·x with
 * k = ±c1: one closure instead of two. Exact: a product by −c1 is the negated product, and
 * adding a negation is subtracting, so the bits are those of the expression as written.
 */
function affine(op: BinaryOp, left: FormulaNode, right: FormulaNode): { c0: number; k: number; x: FormulaNode } | null {
  if (op !== 'add' && op !== 'sub') return null;
  const scaled = (t: FormulaNode): { c: number; x: FormulaNode } | null => {
    if (t.kind !== 'binary' || t.op !== 'mul') return null;
    if (t.left.kind === 'number' && t.right.kind !== 'number') return { c: t.left.value, x: t.right };
    if (t.right.kind === 'number' && t.left.kind !== 'number') return { c: t.right.value, x: t.left };
    return null;
  };
  if (left.kind === 'number') {
    const m = scaled(right);
    return m ? { c0: left.value, k: op === 'add' ? m.c : -m.c, x: m.x } : null;
  }
  if (right.kind === 'number') {
    const m = scaled(left);
    return m ? { c0: op === 'add' ? right.value : -right.value, k: m.c, x: m.x } : null;
  }
  return null;
}

/** Arithmetic with the operand shapes that matter for speed read directly. */
function binary(op: BinaryOp, left: FormulaNode, right: FormulaNode): Evaluate {
  const line = affine(op, left, right);
  if (line) {
    const { c0, k, x } = line;
    if (x.kind === 'variable') { const s = x.slot; return (v) => c0 + k * v[s]; }
    const h = build(x);
    return (v) => c0 + k * h(v);
  }
  const f = build(left), g = build(right);
  const ls = left.kind === 'variable' ? left.slot : -1;
  const rs = right.kind === 'variable' ? right.slot : -1;
  const rc = right.kind === 'number' ? right.value : NaN;
  const rConst = right.kind === 'number';
  const lc = left.kind === 'number' ? left.value : NaN;
  const lConst = left.kind === 'number';
  switch (op) {
    case 'add':
      if (rConst) return ls >= 0 ? (v) => v[ls] + rc : (v) => f(v) + rc;
      if (lConst) return (v) => lc + g(v);
      if (ls >= 0 && rs >= 0) return (v) => v[ls] + v[rs];
      return (v) => f(v) + g(v);
    case 'sub':
      if (rConst) return ls >= 0 ? (v) => v[ls] - rc : (v) => f(v) - rc;
      if (lConst) return (v) => lc - g(v);
      if (ls >= 0 && rs >= 0) return (v) => v[ls] - v[rs];
      return (v) => f(v) - g(v);
    case 'mul':
      if (rConst) return ls >= 0 ? (v) => v[ls] * rc : (v) => f(v) * rc;
      if (lConst) return (v) => lc * g(v);
      if (ls >= 0 && rs >= 0) return (v) => v[ls] * v[rs];
      return ls >= 0 ? (v) => v[ls] * g(v) : (v) => f(v) * g(v);
    case 'div':
      if (rConst) return ls >= 0 ? (v) => v[ls] / rc : (v) => f(v) / rc;
      if (lConst) return (v) => lc / g(v);
      if (ls >= 0 && rs >= 0) return (v) => v[ls] / v[rs];
      return (v) => f(v) / g(v);
    case 'pow':
      // A constant finite non-integer exponent (the usual `rate ^ 1.37`): mathjs's sign rule for negative bases decided once.
      if (rConst && Number.isFinite(rc) && !Number.isInteger(rc)) { const p = n.powByConstant(rc); return (v) => p(f(v)); }
      return (v) => n.pow(f(v), g(v));
    case 'and': return (v) => (f(v) && g(v) ? 1 : 0);
    case 'or': return (v) => (f(v) || g(v) ? 1 : 0);
  }
}

const COMPARE = { lt: n.lt, gt: n.gt, le: n.le, ge: n.ge, eq: n.eq, ne: n.ne } as const;

function compare(ops: ReadonlyArray<keyof typeof COMPARE>, args: Evaluate[]): Evaluate {
  if (ops.length === 1) {
    const test = COMPARE[ops[0]], a = args[0], b = args[1];
    return (v) => (test(a(v), b(v)) ? 1 : 0);
  }
  const tests = ops.map((o) => COMPARE[o]);
  return (v) => {
    let prev = args[0](v);
    for (let i = 0; i < tests.length; i++) {
      const next = args[i + 1](v);
      if (!tests[i](prev, next)) return 0;
      prev = next;
    }
    return 1;
  };
}

function call(name: string, nodes: FormulaNode[]): Evaluate {
  const args = nodes.map(build);
  const [a, b, c] = args;
  // min or max of a constant and an expression (a cap or a floor): the constant read directly.
  const k = nodes.length === 2 && nodes[0].kind === 'number' ? nodes[0].value : NaN;
  const constFirst = nodes.length === 2 && nodes[0].kind === 'number';
  switch (name) {
    case 'min':
      if (constFirst) return (v) => n.min2(k, b(v));
      return args.length === 1 ? a : args.length === 2 ? (v) => n.min2(a(v), b(v)) : many(n.min, args);
    case 'max':
      if (constFirst) return (v) => n.max2(k, b(v));
      return args.length === 1 ? a : args.length === 2 ? (v) => n.max2(a(v), b(v)) : many(n.max, args);
    case 'abs': return (v) => Math.abs(a(v));
    case 'floor': return (v) => n.floor(a(v));
    case 'ceil': return (v) => n.ceil(a(v));
    case 'round': return (v) => n.round(a(v));
    case 'sqrt': return (v) => Math.sqrt(a(v));
    case 'exp': return (v) => n.exp(a(v));
    case 'log': return args.length === 1 ? (v) => n.log(a(v)) : (v) => n.log(a(v), b(v));
    case 'clamp': return (v) => n.clamp(a(v), b(v), c(v));
    default: throw new Error(`compileFormula: function ${name} passed the check but has no implementation`);
  }
}

function many(reduce: (xs: ArrayLike<number>) => number, args: Evaluate[]): Evaluate {
  const buffer = new Float64Array(args.length);
  return (v) => {
    for (let i = 0; i < args.length; i++) buffer[i] = args[i](v);
    return reduce(buffer);
  };
}
