/**
 * Every problem a user can see about a scenario, in one place (the Vega-Lite habit): each is
 * a code and its values (issueCodes.ts), with English and Swedish texts (issueTexts.ts). An
 * issue also carries its English texts, rendered from the same table, because the CLI, error
 * messages and logs print English; the page renders the code in its own language instead.
 */
import { LIMITS, SCHEMA_VERSION } from '../model/limits.js';
import type { WorkEstimate, WorkSource } from '../scenario/estimateWork.js';
import { shown, type IssueCode, type IssueValues, type IssueWord } from './issueCodes.js';
import { renderIssue, showValue } from './renderIssue.js';

export { shown };

/** One problem as the CLI prints it: where, what is wrong, what is allowed. */
export interface IssueLine {
  /** JSON path of the offending field, e.g. `segments[0].params.capacity` (`$` for the whole file). */
  path: string;
  /** What is wrong, naming what was found (English). */
  problem: string;
  /** What is allowed instead, the fix (English). */
  allowed: string;
}

/** A problem without its place: a code, its values and its English texts. */
export type IssueBody = { [C in IssueCode]: { code: C; values: IssueValues<C>; problem: string; allowed: string } }[IssueCode];

/** A problem with a scenario, at a JSON path. */
export type ScenarioIssue = IssueBody & { path: string };

/** Problems with a custom payment formula; the scenario check adds the path. */
export type FormulaProblem = IssueBody;

/** The one constructor of issues: the English texts always come from the code's table. */
export function issue<C extends IssueCode>(code: C, values: IssueValues<C>, path = ''): ScenarioIssue {
  return { code, values, path, ...renderIssue(code, values, 'en') } as ScenarioIssue;
}

function body<C extends IssueCode>(code: C, values: IssueValues<C>): IssueBody {
  return { code, values, ...renderIssue(code, values, 'en') } as IssueBody;
}

/** A found value as the English texts show it (kept for callers that print outside the tables). */
export function show(value: unknown): string {
  return showValue(shown(value), 'en');
}

type ModelKind = 'service' | 'measure' | 'payment rule';
const MODEL_CODE = { service: 'unknownService', measure: 'unknownMeasure', 'payment rule': 'unknownRule' } as const;
const DIST_FIELD: Readonly<Record<string, IssueWord>> = { min: 'distMin', mode: 'distMode', max: 'distMax', mean: 'distMean', median: 'distMedian' };

export const msg = {
  emptyFile: (): ScenarioIssue => issue('emptyFile', {}, '$'),
  tooLarge: (bytes: number): ScenarioIssue => issue('tooLarge', { bytes, max: LIMITS.maxFileBytes }, '$'),
  notJson: (detail: string): ScenarioIssue => issue('notJson', { detail }, '$'),
  notObject: (value: unknown): ScenarioIssue => issue('notObject', { found: shown(value) }, '$'),
  noVersion: (): ScenarioIssue => issue('noVersion', { version: SCHEMA_VERSION }, 'schemaVersion'),
  newerVersion: (v: number): ScenarioIssue => issue('newerVersion', { found: v, max: SCHEMA_VERSION }, 'schemaVersion'),
  badVersion: (v: unknown): ScenarioIssue => issue('badVersion', { found: shown(v), max: SCHEMA_VERSION }, 'schemaVersion'),
  unknownModel: (kind: ModelKind, name: unknown, known: readonly string[]): ScenarioIssue => issue(MODEL_CODE[kind], { found: shown(name), known }),
  unknownParam: (name: string, known: readonly string[]): ScenarioIssue =>
    known.length ? issue('unknownParam', { name, known }) : issue('unknownParamNone', { name }),
  notApplicable: (name: string, kind: string, known: readonly string[]): ScenarioIssue => issue('notApplicable', { name, kind, known }),
  notBoolean: (found: unknown): ScenarioIssue => issue('notBoolean', { found: shown(found) }),
  notChoice: (found: unknown, options: readonly string[]): ScenarioIssue => issue('notChoice', { found: shown(found), options }),
  notNumber: (found: unknown, min: number, max: number, unit: string, uncertain: boolean): ScenarioIssue =>
    issue(uncertain ? 'notNumberOrDistribution' : 'notNumber', { found: shown(found), min, max, unit }),
  outOfRange: (found: number, min: number, max: number, unit: string): ScenarioIssue => issue('outOfRange', { found, min, max, unit }),
  notInteger: (found: number): ScenarioIssue => issue('notInteger', { found }),
  notUncertain: (): ScenarioIssue => issue('notUncertain', {}),
  distributionOutside: (field: string, min: number, max: number): ScenarioIssue => issue('distributionOutside', { field: DIST_FIELD[field] ?? 'distMean', min, max }, field),
  distributionOrder: (): ScenarioIssue => issue('distributionOrder', {}),
  betaRange: (min: number, max: number): ScenarioIssue => issue('betaRange', { min, max }),
  sdTooWide: (found: number, max: number): ScenarioIssue => issue('sdTooWide', { found, min: 0, max }, 'sd'),
  sdLogTooWide: (found: number, max: number): ScenarioIssue => issue('sdLogTooWide', { found, min: 0, max }, 'sdLog'),
  betaShapeRange: (field: 'alpha' | 'beta', found: number, min: number, max: number): ScenarioIssue => issue('betaShapeRange', { found, min, max }, field),
  tooMuchWork: (work: number): ScenarioIssue => issue('tooMuchWork', { work, max: LIMITS.maxProviderMonthRuns }, 'runs'),
  forbiddenKey: (key: string): ScenarioIssue => issue('forbiddenKey', { name: key }),
  duplicateKey: (key: string): ScenarioIssue => issue('duplicateKey', { found: shown(key) }),
  tooManyReferrals: (referrals: number): ScenarioIssue => issue('tooManyReferrals', { referrals, max: LIMITS.maxReferralRuns }, 'runs'),
  tooMuchMemory: (bytes: number): ScenarioIssue => issue('tooMuchMemory', { mb: Math.ceil(bytes / 1e6), max: LIMITS.maxMemoryBytes / 1e6 }, 'segments'),
  tooMuchCpu: (work: WorkEstimate): ScenarioIssue => {
    const top = work.parts[0];
    const values = { time: formatSeconds(work.seconds), share: Math.round((100 * top.seconds) / work.seconds), max: formatSeconds(LIMITS.maxCpuSeconds) };
    return issue(CPU_CODES[top.source], values, CPU_PATHS[top.source]);
  },
  moreIssues: (hidden: number): ScenarioIssue => issue('moreIssues', { hidden, max: LIMITS.maxIssues }, '$'),
};

/** One line in the CLI's contract: `error: <file>: <path>: <problem>; <allowed>`. */
export function formatIssue(file: string, issue: IssueLine): string {
  return `error: ${file}: ${issue.path}: ${issue.problem}; ${issue.allowed}`;
}

export class ScenarioError extends Error {
  constructor(readonly issues: readonly IssueLine[]) {
    super(issues.map((i) => `${i.path}: ${i.problem}; ${i.allowed}`).join('\n'));
    this.name = 'ScenarioError';
  }
}

/** Formula problems: the checker fills in the piece and its 1-based character position. */
export const formulaMsg = {
  empty: (): FormulaProblem => body('formulaEmpty', {}),
  tooLong: (length: number, max: number): FormulaProblem => body('formulaTooLong', { length, max }),
  tooDeep: (depth: number, max: number, at: number): FormulaProblem => body('formulaTooDeep', { depth, max, at }),
  character: (piece: string, at: number, what: IssueWord): FormulaProblem => body('formulaCharacter', { what, piece, at }),
  radix: (piece: string, at: number): FormulaProblem => body('formulaRadix', { piece, at }),
  notFinite: (piece: string, at: number): FormulaProblem => body('formulaNumberTooLarge', { piece, at }),
  unknownName: (name: string, at: number, variables: readonly string[], functions: readonly string[]): FormulaProblem =>
    body('formulaUnknownName', { name, at, variables, functions }),
  notAFunction: (name: string, at: number): FormulaProblem => body('formulaNotAFunction', { name, at }),
  notCalled: (name: string, at: number): FormulaProblem => body('formulaNotCalled', { name, at }),
  arity: (name: string, found: number, at: number, min: number, max: number): FormulaProblem =>
    min === max ? body('formulaArityExact', { name, found, at, min }) : max >= 64 ? body('formulaArityAtLeast', { name, found, at, min }) : body('formulaArityRange', { name, found, at, min, max }),
  syntax: (detail: string, at: number): FormulaProblem => body('formulaSyntax', { detail, at }),
  construct: (what: IssueWord, at: number): FormulaProblem => body('formulaConstruct', { what, at }),
  value: (piece: string, at: number): FormulaProblem => body('formulaValue', { piece, at }),
  comparison: (piece: string, at: number): FormulaProblem => body('formulaComparison', { piece, at }),
  operator: (piece: string, at: number): FormulaProblem => body('formulaOperator', { piece, at }),
  nodeType: (piece: string, at: number): FormulaProblem => body('formulaNodeType', { piece, at }),
  notText: (found: unknown): FormulaProblem => body('formulaNotText', { found: shown(found) }),
  neverFinite: (result: number, period: Readonly<Record<string, number>>): FormulaProblem =>
    body('formulaNeverFinite', { result: String(result), period: Object.entries(period).map(([k, v]) => `${k}=${v}`).join(', ') }),
};

/** The issue code and the field to point at for each biggest source of work. */
const CPU_CODES = {
  providerMonths: 'tooMuchCpuProviderMonths', referrals: 'tooMuchCpuReferrals', comparisonGroup: 'tooMuchCpuComparisonGroup',
  paymentRule: 'tooMuchCpuPaymentRule', behaviour: 'tooMuchCpuBehaviour',
} as const satisfies Record<WorkSource, IssueCode>;
const CPU_PATHS: Readonly<Record<WorkSource, string>> = {
  providerMonths: 'runs', referrals: 'runs', comparisonGroup: 'payment.params.comparisonGroupSize', paymentRule: 'payment.params.formula', behaviour: 'behaviour',
};

function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
