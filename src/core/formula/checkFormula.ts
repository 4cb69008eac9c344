/**
 * Formula text → a checked tree, or the first problem with its position. Order: type, length,
 * the lexical scan (scanFormula), mathjs's parser, then a walk of the parsed tree that keeps
 * only allowlisted node types, operators, names and arities and measures the nesting depth.
 * Nothing is evaluated on the way: a rejected formula never runs.
 */
import { formulaMsg, type FormulaProblem } from '../issues/messages.js';
import type { IssueWord } from '../issues/issueCodes.js';
import { FORMULA_CONSTANTS, FORMULA_FUNCTIONS, FORMULA_LIMITS, FORMULA_SLOT, FORMULA_VARIABLE_NAMES } from './formulaVocabulary.js';
import { MATHJS_BINARY, MATHJS_COMPARE, MATHJS_UNARY, type FormulaNode } from './FormulaNode.js';
import { mathInstance } from './mathInstance.js';
import { scanFormula } from './scanFormula.js';

export type CheckedFormula = { ok: true; text: string; tree: FormulaNode; depth: number } | { ok: false; problem: FormulaProblem };

/** The fields of mathjs nodes this walk reads; everything is checked at run time. */
interface RawNode {
  type: string;
  name?: unknown; value?: unknown; fn?: unknown; args?: unknown; implicit?: unknown; optional?: unknown;
  content?: unknown; condition?: unknown; trueExpr?: unknown; falseExpr?: unknown; conditionals?: unknown; params?: unknown;
}

class Rejected extends Error {
  constructor(readonly problem: FormulaProblem) { super(problem.problem); }
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const CHAIN: Readonly<Record<string, number>> = { add: 1, subtract: 1, multiply: 2, divide: 2 };
/** What a rejected mathjs node is, as a word of the issue texts. */
const NODE_WORDS: Readonly<Record<string, IssueWord>> = {
  AccessorNode: 'fAccessor', ArrayNode: 'fMatrix', AssignmentNode: 'fAssignment', BlockNode: 'fSecondExpression',
  FunctionAssignmentNode: 'fFunctionDefinition', IndexNode: 'fIndex', ObjectNode: 'fObject', RangeNode: 'fRange',
};

export function checkFormula(text: unknown): CheckedFormula {
  if (typeof text !== 'string') return { ok: false, problem: formulaMsg.notText(text) };
  if (text.length > FORMULA_LIMITS.maxLength) return { ok: false, problem: formulaMsg.tooLong(text.length, FORMULA_LIMITS.maxLength) };
  if (text.trim() === '') return { ok: false, problem: formulaMsg.empty() };
  const scan = scanFormula(text);
  if (scan.problem) return { ok: false, problem: scan.problem };
  let parsed: unknown;
  try {
    parsed = mathInstance().parse(text);
  } catch (e) {
    const at = typeof (e as { char?: unknown }).char === 'number' ? (e as { char: number }).char : 1;
    const detail = e instanceof RangeError ? 'nested too deeply' : e instanceof Error ? e.message.replace(/ \(char \d+\)$/, '') : 'unreadable';
    return { ok: false, problem: formulaMsg.syntax(detail, at) };
  }
  const at = (name: string): number => scan.firstAt.get(name) ?? 1;
  try {
    const { tree, depth } = convert(parsed, at);
    if (depth > FORMULA_LIMITS.maxDepth) return { ok: false, problem: formulaMsg.tooDeep(depth, FORMULA_LIMITS.maxDepth, 1) };
    return { ok: true, text, tree, depth };
  } catch (e) {
    if (e instanceof Rejected) return { ok: false, problem: e.problem };
    throw e;
  }
}

function raw(node: unknown): RawNode {
  if (typeof node !== 'object' || node === null || typeof (node as RawNode).type !== 'string') throw new Rejected(formulaMsg.construct('fUnreadable', 1));
  return node as RawNode;
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Rejected(formulaMsg.construct('fUnreadable', 1));
  return value;
}

/** mathjs node → our node and its depth (a left-nested chain of + − or × ÷ counts as one level). */
function convert(input: unknown, at: (name: string) => number): { tree: FormulaNode; depth: number } {
  const node = raw(input);
  switch (node.type) {
    case 'ConstantNode': {
      if (typeof node.value !== 'number' || !Number.isFinite(node.value)) throw new Rejected(formulaMsg.value(String(node.value), 1));
      return { tree: { kind: 'number', value: node.value }, depth: 1 };
    }
    case 'SymbolNode': {
      const name = String(node.name);
      if (has(FORMULA_SLOT, name)) return { tree: { kind: 'variable', name, slot: FORMULA_SLOT[name] }, depth: 1 };
      if (has(FORMULA_CONSTANTS, name)) return { tree: { kind: 'number', value: FORMULA_CONSTANTS[name] }, depth: 1 };
      throw new Rejected(formulaMsg.unknownName(name, at(name), FORMULA_VARIABLE_NAMES, Object.keys(FORMULA_FUNCTIONS)));
    }
    case 'ParenthesisNode': {
      const inner = convert(node.content, at);
      return { tree: inner.tree, depth: inner.depth + 1 };
    }
    case 'ConditionalNode': {
      const test = convert(node.condition, at), then = convert(node.trueExpr, at), otherwise = convert(node.falseExpr, at);
      return { tree: { kind: 'conditional', test: test.tree, then: then.tree, otherwise: otherwise.tree }, depth: 1 + Math.max(test.depth, then.depth, otherwise.depth) };
    }
    case 'RelationalNode': {
      const names = list(node.conditionals).map(String);
      const ops = names.map((n) => (has(MATHJS_COMPARE, n) ? MATHJS_COMPARE[n] : reject(formulaMsg.comparison(n, 1))));
      const args = list(node.params).map((p) => convert(p, at));
      return { tree: { kind: 'compare', ops, args: args.map((a) => a.tree) }, depth: 1 + Math.max(...args.map((a) => a.depth)) };
    }
    case 'OperatorNode':
      return convertOperator(node, at);
    case 'FunctionNode': {
      const fn = raw(node.fn);
      const name = fn.type === 'SymbolNode' ? String(fn.name) : '';
      if (!name || node.optional === true) throw new Rejected(formulaMsg.construct('fComputedCall', 1));
      if (!has(FORMULA_FUNCTIONS, name)) {
        if (has(FORMULA_SLOT, name) || has(FORMULA_CONSTANTS, name)) throw new Rejected(formulaMsg.notAFunction(name, at(name)));
        throw new Rejected(formulaMsg.unknownName(name, at(name), FORMULA_VARIABLE_NAMES, Object.keys(FORMULA_FUNCTIONS)));
      }
      const args = list(node.args).map((a) => convert(a, at));
      const arity = FORMULA_FUNCTIONS[name];
      if (args.length < arity.min || args.length > arity.max) throw new Rejected(formulaMsg.arity(name, args.length, at(name), arity.min, arity.max));
      return { tree: { kind: 'call', name, args: args.map((a) => a.tree) }, depth: 1 + Math.max(...args.map((a) => a.depth)) };
    }
    default:
      throw new Rejected(has(NODE_WORDS, node.type) ? formulaMsg.construct(NODE_WORDS[node.type], 1) : formulaMsg.nodeType(node.type, 1));
  }
}

function convertOperator(node: RawNode, at: (name: string) => number): { tree: FormulaNode; depth: number } {
  const fn = String(node.fn);
  const args = list(node.args);
  if (args.length === 1 && has(MATHJS_UNARY, fn)) {
    const arg = convert(args[0], at);
    return { tree: { kind: 'unary', op: MATHJS_UNARY[fn], arg: arg.tree }, depth: arg.depth + 1 };
  }
  if (args.length === 2 && has(MATHJS_BINARY, fn)) {
    const left = convert(args[0], at), right = convert(args[1], at);
    const leftNode = raw(args[0]);
    const chained = CHAIN[fn] !== undefined && leftNode.type === 'OperatorNode' && CHAIN[String(leftNode.fn)] === CHAIN[fn] && list(leftNode.args).length === 2;
    return { tree: { kind: 'binary', op: MATHJS_BINARY[fn], left: left.tree, right: right.tree }, depth: Math.max(chained ? left.depth : left.depth + 1, right.depth + 1) };
  }
  if (args.length === 2 && has(MATHJS_COMPARE, fn)) {
    const left = convert(args[0], at), right = convert(args[1], at);
    return { tree: { kind: 'compare', ops: [MATHJS_COMPARE[fn]], args: [left.tree, right.tree] }, depth: 1 + Math.max(left.depth, right.depth) };
  }
  return reject(formulaMsg.operator(fn, 1));
}

function reject(problem: FormulaProblem): never {
  throw new Rejected(problem);
}
