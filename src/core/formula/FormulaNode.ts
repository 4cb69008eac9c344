/**
 * The checked formula as a small tree of our own: only the constructs the allowlist keeps,
 * so the compiler (and anyone reading it) never has to consider the rest of mathjs.
 */
export type UnaryOp = 'neg' | 'pos' | 'not';
export type BinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'and' | 'or';
export type CompareOp = 'lt' | 'gt' | 'le' | 'ge' | 'eq' | 'ne';

export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'variable'; name: string; slot: number }
  | { kind: 'unary'; op: UnaryOp; arg: FormulaNode }
  | { kind: 'binary'; op: BinaryOp; left: FormulaNode; right: FormulaNode }
  /** One comparison, or a chain such as a < b <= c (every neighbouring pair must hold). */
  | { kind: 'compare'; ops: CompareOp[]; args: FormulaNode[] }
  | { kind: 'conditional'; test: FormulaNode; then: FormulaNode; otherwise: FormulaNode }
  | { kind: 'call'; name: string; args: FormulaNode[] };

/** mathjs operator function names → ours. Anything missing here is rejected. */
export const MATHJS_BINARY: Readonly<Record<string, BinaryOp>> = {
  add: 'add', subtract: 'sub', multiply: 'mul', divide: 'div', pow: 'pow', and: 'and', or: 'or',
};
export const MATHJS_UNARY: Readonly<Record<string, UnaryOp>> = { unaryMinus: 'neg', unaryPlus: 'pos', not: 'not' };
export const MATHJS_COMPARE: Readonly<Record<string, CompareOp>> = {
  smaller: 'lt', larger: 'gt', smallerEq: 'le', largerEq: 'ge', equal: 'eq', unequal: 'ne',
};
