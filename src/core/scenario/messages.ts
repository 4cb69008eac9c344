/**
 * Every message a user can see about a scenario, in one place (the Vega-Lite habit), so the
 * wording stays consistent and the CLI and page say the same thing. Messages are English:
 * they name JSON paths and values, which are English in the file too. The page translates
 * the `problem` keys it knows and falls back to these texts.
 */
import { LIMITS, SCHEMA_VERSION } from './limits.js';
import type { WorkEstimate, WorkSource } from './estimateWork.js';

export interface ScenarioIssue {
  /** JSON path of the offending field, e.g. `segments[0].params.capacity` (`$` for the whole file). */
  path: string;
  /** What is wrong, naming what was found. */
  problem: string;
  /** What is allowed instead (the fix). */
  allowed: string;
}

export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const list = (xs: readonly string[]): string => xs.map((x) => JSON.stringify(x)).join(', ');

export const msg = {
  emptyFile: (): ScenarioIssue => ({ path: '$', problem: 'the file is empty', allowed: 'a JSON scenario object starting with "schemaVersion"' }),
  tooLarge: (bytes: number): ScenarioIssue => ({
    path: '$', problem: `the file is ${bytes} bytes`, allowed: `at most ${LIMITS.maxFileBytes} bytes; a scenario is a few kilobytes`,
  }),
  notJson: (detail: string): ScenarioIssue => ({ path: '$', problem: `not valid JSON (${detail})`, allowed: 'a JSON object; check commas, quotes and brackets' }),
  notObject: (value: unknown): ScenarioIssue => ({ path: '$', problem: `found ${show(value)}`, allowed: 'a JSON object with the scenario fields' }),
  noVersion: (): ScenarioIssue => ({ path: 'schemaVersion', problem: 'missing', allowed: `"schemaVersion": ${SCHEMA_VERSION} as the first field` }),
  newerVersion: (v: number): ScenarioIssue => ({
    path: 'schemaVersion', problem: `version ${v} is newer than this workbench understands`, allowed: `at most ${SCHEMA_VERSION}; update the workbench to open this file`,
  }),
  badVersion: (v: unknown): ScenarioIssue => ({ path: 'schemaVersion', problem: `found ${show(v)}`, allowed: `a whole number from 1 to ${SCHEMA_VERSION}` }),
  unknownModel: (kind: string, name: unknown, known: readonly string[]): ScenarioIssue => ({
    path: '', problem: `unknown ${kind} ${show(name)}`, allowed: `one of ${list(known)}`,
  }),
  unknownParam: (name: string, known: readonly string[]): ScenarioIssue => ({
    path: '', problem: `unknown parameter ${JSON.stringify(name)}`, allowed: known.length ? `one of ${list(known)}` : 'no parameters here',
  }),
  notApplicable: (name: string, kind: string, known: readonly string[]): ScenarioIssue => ({
    path: '', problem: `parameter ${JSON.stringify(name)} does not apply to a ${kind} measure`, allowed: `one of ${list(known)}`,
  }),
  wrongType: (found: unknown, expected: string): ScenarioIssue => ({ path: '', problem: `found ${show(found)}`, allowed: expected }),
  outOfRange: (found: number, min: number, max: number, unit: string): ScenarioIssue => ({
    path: '', problem: `found ${found}`, allowed: `a number from ${min} to ${max} (${unit})`,
  }),
  notInteger: (found: number): ScenarioIssue => ({ path: '', problem: `found ${found}, which is not a whole number`, allowed: 'a whole number' }),
  notUncertain: (): ScenarioIssue => ({ path: '', problem: 'found a distribution', allowed: 'a plain number: this parameter shapes the simulation and cannot vary between runs' }),
  distributionOutside: (what: string, min: number, max: number): ScenarioIssue => ({
    path: '', problem: `the distribution's ${what} lies outside the parameter's range`, allowed: `values from ${min} to ${max}`,
  }),
  distributionOrder: (): ScenarioIssue => ({ path: '', problem: 'min, mode and max are out of order', allowed: 'min ≤ mode ≤ max' }),
  betaRange: (min: number, max: number): ScenarioIssue => ({
    path: '', problem: 'a beta distribution draws from 0 to 1', allowed: `a parameter whose range includes 0 to 1 (this one is ${min} to ${max}); use uniform or triangular`,
  }),
  tooMuchWork: (work: number): ScenarioIssue => ({
    path: 'runs',
    problem: `runs × providers × months is ${work.toExponential(2)}`,
    allowed: `at most ${LIMITS.maxProviderMonthRuns.toExponential(1)}; lower runs, providers or horizonMonths`,
  }),
  forbiddenKey: (key: string): ScenarioIssue => ({
    path: '', problem: `a field named ${JSON.stringify(key)}`, allowed: 'remove it: this name could change how objects behave and is never part of a scenario',
  }),
  duplicateKey: (key: string): ScenarioIssue => ({
    path: '', problem: `the field ${show(key)} appears more than once in the same object`, allowed: 'each field once; JSON readers disagree on which copy wins',
  }),
  tooManyReferrals: (referrals: number): ScenarioIssue => ({
    path: 'runs',
    problem: `runs × expected referrals (providers × referrals per provider-month × months) is ${referrals.toExponential(2)}`,
    allowed: `at most ${LIMITS.maxReferralRuns.toExponential(1)}; lower runs, providers, referralsPerProviderMonth or horizonMonths`,
  }),
  tooMuchCpu: (work: WorkEstimate): ScenarioIssue => {
    const top = work.parts[0];
    const share = Math.round((100 * top.seconds) / work.seconds);
    return {
      path: WORK_SOURCES[top.source].path,
      problem: `the simulation would take about ${formatSeconds(work.seconds)} of CPU time on one core, ${share} % of it ${WORK_SOURCES[top.source].what}`,
      allowed: `at most ${formatSeconds(LIMITS.maxCpuSeconds)}; ${WORK_SOURCES[top.source].lower}`,
    };
  },
  tooMuchMemory: (bytes: number): ScenarioIssue => ({
    path: 'segments',
    problem: `the simulation would need about ${Math.ceil(bytes / 1e6)} MB of memory`,
    allowed: `at most ${LIMITS.maxMemoryBytes / 1e6} MB; lower providers, horizonMonths or care.warmUpMonths, or choose a longer payment.settings.period`,
  }),
  distributionParam: (found: number, min: number, max: number, why: string): ScenarioIssue => ({
    path: '', problem: `found ${found}`, allowed: `from ${min} to ${max}; ${why}`,
  }),
  moreIssues: (hidden: number): ScenarioIssue => ({
    path: '$', problem: `${hidden} more issue(s) not shown`, allowed: `fix the first ${LIMITS.maxIssues} and check again`,
  }),
};

/** One line in the CLI's contract: `error: <file>: <path>: <problem>; <allowed>`. */
export function formatIssue(file: string, issue: ScenarioIssue): string {
  return `error: ${file}: ${issue.path}: ${issue.problem}; ${issue.allowed}`;
}

export class ScenarioError extends Error {
  constructor(readonly issues: ScenarioIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.problem}; ${i.allowed}`).join('\n'));
    this.name = 'ScenarioError';
  }
}

/**
 * Problems with a custom payment formula (rule 8). The formula checker fills in the piece and
 * its 1-based character position; the scenario check adds the path `payment.params.formula`.
 */
export interface FormulaProblem {
  problem: string;
  allowed: string;
}

const FORMULA_ALLOWED = 'numbers, the named variables, + - * / ^, comparisons (< <= > >= == !=), a ? b : c, and, or, not, brackets and the listed functions';

export const formulaMsg = {
  empty: (): FormulaProblem => ({ problem: 'the formula is empty', allowed: 'an expression such as base * (0.9 + 0.2 * observed_rate)' }),
  tooLong: (length: number, max: number): FormulaProblem => ({ problem: `the formula is ${length} characters long`, allowed: `at most ${max} characters` }),
  tooDeep: (depth: number, max: number, at: number): FormulaProblem => ({
    problem: `the formula is nested ${depth} levels deep (at character ${at})`, allowed: `at most ${max} levels of brackets, calls and operators inside one another`,
  }),
  character: (piece: string, at: number, what: string): FormulaProblem => ({ problem: `${what} ${JSON.stringify(piece)} at character ${at} is not allowed`, allowed: FORMULA_ALLOWED }),
  radix: (piece: string, at: number): FormulaProblem => ({ problem: `the number ${JSON.stringify(piece)} at character ${at} is not a decimal number`, allowed: 'decimal numbers such as 0.25 or 3e4' }),
  neverFinite: (result: number, period: Readonly<Record<string, number>>): FormulaProblem => ({
    problem: `the formula gives ${result} for every ordinary period tried, e.g. with ${Object.entries(period).map(([k, v]) => `${k}=${v}`).join(', ')}`,
    allowed: 'a formula with a finite amount for ordinary periods (guard a division with max(…, 1); log and sqrt need positive values)',
  }),
  notFinite: (piece: string, at: number): FormulaProblem => ({ problem: `the number ${JSON.stringify(piece)} at character ${at} is too large`, allowed: 'numbers below about 1.8e308' }),
  unknownName: (name: string, at: number, variables: readonly string[], functions: readonly string[]): FormulaProblem => ({
    problem: `unknown name ${JSON.stringify(name)} at character ${at}`,
    allowed: `the variables ${list(variables)}, the constants "pi" and "e", and the functions ${list(functions)}`,
  }),
  notAFunction: (name: string, at: number): FormulaProblem => ({
    problem: `${JSON.stringify(name)} at character ${at} is a variable, not a function`, allowed: `use it as a value, e.g. ${name} * 2`,
  }),
  notCalled: (name: string, at: number): FormulaProblem => ({
    problem: `the function ${JSON.stringify(name)} at character ${at} is not called`, allowed: `call it with arguments in brackets, e.g. ${name}(x)`,
  }),
  arity: (name: string, found: number, at: number, min: number, max: number): FormulaProblem => ({
    problem: `${name}(…) at character ${at} has ${found} argument(s)`, allowed: min === max ? `exactly ${min}` : max >= 64 ? `at least ${min}` : `${min} to ${max}`,
  }),
  syntax: (detail: string, at: number): FormulaProblem => ({ problem: `the formula cannot be read at character ${at}: ${detail}`, allowed: FORMULA_ALLOWED }),
  construct: (what: string, at: number): FormulaProblem => ({ problem: `${what} at character ${at} is not allowed`, allowed: FORMULA_ALLOWED }),
  notText: (found: unknown): FormulaProblem => ({ problem: `found ${show(found)}`, allowed: 'a formula as text, e.g. "base * (0.9 + 0.2 * observed_rate)"' }),
};

/** Each source of work: the field an issue points at, what it is, and what lowers it. */
const WORK_SOURCES: Readonly<Record<WorkSource, { path: string; what: string; lower: string }>> = {
  providerMonths: { path: 'runs', what: 'simulating providers month by month', lower: 'lower runs, providers, horizonMonths or care.warmUpMonths' },
  referrals: { path: 'runs', what: 'simulating referred clients', lower: 'lower runs, providers, referralsPerProviderMonth or horizonMonths' },
  comparisonGroup: { path: 'payment.params.comparisonGroupSize', what: "drawing the contract's comparison group", lower: 'lower payment.params.comparisonGroupSize or runs' },
  paymentRule: { path: 'payment.params.formula', what: 'evaluating the payment formula', lower: 'shorten payment.params.formula (fewer terms; powers with a computed exponent and round/floor/ceil cost most), or lower runs, or choose a longer payment.settings.period' },
  behaviour: { path: 'behaviour', what: "providers' behaviour pricing hypothetical periods", lower: 'switch off behaviour.effort or behaviour.selection, lower behaviour.effort.levels, or lower runs, or choose a longer payment.settings.period' },
};

function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
