/**
 * The first, lexical gate of the formula check: one pass over the characters that rejects
 * every piece outside the allowlist (strings, brackets other than ( ), property access,
 * assignment, ranges, unknown names, …) with its position, before mathjs sees the text.
 * It also bounds bracket depth, so the recursive-descent parser can never run deep.
 * The AST walk that follows (checkFormula) stays the authority; this pass gives precise
 * positions, which mathjs nodes do not carry.
 */
import { formulaMsg, type FormulaProblem } from '../issues/messages.js';
import type { IssueWord } from '../issues/issueCodes.js';
import { FORMULA_CONSTANTS, FORMULA_FUNCTIONS, FORMULA_KEYWORDS, FORMULA_LIMITS, FORMULA_SLOT, FORMULA_VARIABLE_NAMES } from './formulaVocabulary.js';

export interface Scan {
  problem: FormulaProblem | null;
  /** 1-based position of the first occurrence of each name, for messages from the AST walk. */
  firstAt: Map<string, number>;
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isIdentStart = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdentPart = (c: string): boolean => isIdentStart(c) || isDigit(c);

/** What each rejected character is, as a word of the issue texts. */
const REJECTED: Readonly<Record<string, IssueWord>> = {
  '"': 'fText', "'": 'fTextOrTranspose', '`': 'fCharacter',
  '[': 'fMatrixOrIndex', ']': 'fMatrixOrIndex', '{': 'fObject', '}': 'fObject',
  '.': 'fProperty', ';': 'fSecondExpression', '\n': 'fLineBreak', '\r': 'fLineBreak',
  '#': 'fComment', '%': 'fModulo', '&': 'fBitwise', '|': 'fBitwise', '~': 'fBitwise',
  '@': 'fCharacter', $: 'fCharacter', '\\': 'fCharacter',
};

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const FUNCTION_NAMES = Object.keys(FORMULA_FUNCTIONS);

export function scanFormula(text: string): Scan {
  const firstAt = new Map<string, number>();
  const fail = (problem: FormulaProblem): Scan => ({ problem, firstAt });
  // Pending `?` per bracket depth: a `:` must close one, otherwise it is a range.
  const pending: number[] = [0];
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const at = i + 1;
    if (c === ' ' || c === '\t') { i++; continue; }
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      if (c === '0' && /[xXbBoO]/.test(text[i + 1] ?? '') && isIdentPart(text[i + 2] ?? '')) {
        let j = i + 2;
        while (j < text.length && (isIdentPart(text[j]) || text[j] === '.')) j++;
        return fail(formulaMsg.radix(text.slice(i, j), at));
      }
      const piece = NUMBER.exec(text.slice(i))![0];
      if (!Number.isFinite(Number(piece))) return fail(formulaMsg.notFinite(piece, at));
      i += piece.length;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < text.length && isIdentPart(text[j])) j++;
      const name = text.slice(i, j);
      if (!firstAt.has(name)) firstAt.set(name, at);
      let k = j;
      while (text[k] === ' ' || text[k] === '\t') k++;
      const called = text[k] === '(';
      const isFunction = has(FORMULA_FUNCTIONS, name);
      const isValue = has(FORMULA_SLOT, name) || has(FORMULA_CONSTANTS, name);
      if (!isFunction && !isValue && !FORMULA_KEYWORDS.includes(name)) return fail(formulaMsg.unknownName(name, at, FORMULA_VARIABLE_NAMES, FUNCTION_NAMES));
      if (called && isValue) return fail(formulaMsg.notAFunction(name, at));
      if (!called && isFunction) return fail(formulaMsg.notCalled(name, at));
      i = j;
      continue;
    }
    const next = text[i + 1] ?? '';
    switch (c) {
      case '+': case '-': case '*': case '/': case '^': case ',':
        i++;
        continue;
      case '(':
        depth++;
        if (depth > FORMULA_LIMITS.maxDepth) return fail(formulaMsg.tooDeep(depth, FORMULA_LIMITS.maxDepth, at));
        pending.push(0);
        i++;
        continue;
      case ')':
        if (depth > 0) { depth--; pending.pop(); }
        i++;
        continue;
      case '<': case '>':
        if (next === c) return fail(formulaMsg.character(c + next, at, 'fShift'));
        i += next === '=' ? 2 : 1;
        continue;
      case '=':
        if (next !== '=') return fail(formulaMsg.character('=', at, 'fAssignment'));
        i += 2;
        continue;
      case '!':
        if (next !== '=') return fail(formulaMsg.character('!', at, 'fFactorial'));
        i += 2;
        continue;
      case '?':
        if (next === '?' || next === '.') return fail(formulaMsg.character(c + next, at, 'fOperator'));
        pending[depth]++;
        i++;
        continue;
      case ':':
        if (pending[depth] === 0) return fail(formulaMsg.character(':', at, 'fRange'));
        pending[depth]--;
        i++;
        continue;
      default:
        return fail(formulaMsg.character(c, at, REJECTED[c] ?? 'fCharacter'));
    }
  }
  return { problem: null, firstAt };
}
