/**
 * Every problem the validator can report, as a code and the kinds of the values it carries.
 * This table is the one definition: the issue types, the text tables (issueTexts.ts) and
 * the renderer are all checked against it, so a new code without texts, or a text naming a
 * value the code does not carry, is a compile error or a failing test.
 */

/**
 * How a value is shown. `value` is anything found in the file, summarised (a text cut short,
 * a list or an object named, not printed); `name` is a field or parameter name, quoted as
 * JSON; `ident` a formula name, shown as it is; `names` a list of allowed values, quoted;
 * `text` words from a parser, shown as they are; `word` a key of the word table; `unit` a
 * parameter's unit; `sci1`/`sci2` a large number in exponent form with 1 or 2 decimals.
 */
export type ValueKind = 'number' | 'sci1' | 'sci2' | 'value' | 'name' | 'ident' | 'names' | 'text' | 'word' | 'unit';

/** A found value as kept in an issue: JSON primitives as they are, containers only named. */
export type Shown = string | number | boolean | null | { type: 'list' | 'object' | 'other'; name?: string };

export const ISSUE_VALUES = {
  // The file as a whole.
  emptyFile: {},
  tooLarge: { bytes: 'number', max: 'number' },
  notJson: { detail: 'text' },
  notObject: { found: 'value' },
  noVersion: { version: 'number' },
  newerVersion: { found: 'number', max: 'number' },
  badVersion: { found: 'value', max: 'number' },
  forbiddenKey: { name: 'name' },
  duplicateKey: { found: 'value' },
  moreIssues: { hidden: 'number', max: 'number' },
  // Structure (fromZodIssues).
  unknownField: { found: 'value', known: 'names' },
  unknownFieldNone: { found: 'value' },
  missing: { expected: 'word' },
  missingOther: { expected: 'text' },
  wrongType: { found: 'value', expected: 'word' },
  wrongTypeOther: { found: 'value', expected: 'text' },
  tooFewItems: { found: 'value', min: 'number' },
  emptyText: { found: 'value' },
  tooSmall: { found: 'value', min: 'number' },
  tooManyItems: { max: 'number' },
  tooLongText: { found: 'value', max: 'number' },
  tooBig: { found: 'value', max: 'number' },
  notOneOf: { found: 'value', options: 'names' },
  notParamValue: { found: 'value' },
  badId: { found: 'value' },
  keyTooLong: {},
  notFinite: { found: 'value' },
  notNegative: { found: 'value' },
  notPositive: { found: 'value' },
  customOther: { found: 'value', detail: 'text' },
  schemaOther: { detail: 'text' },
  // Names and parameters (checkParams, checkScenarioParams).
  unknownService: { found: 'value', known: 'names' },
  unknownMeasure: { found: 'value', known: 'names' },
  unknownRule: { found: 'value', known: 'names' },
  unknownParam: { name: 'name', known: 'names' },
  unknownParamNone: { name: 'name' },
  notApplicable: { name: 'name', kind: 'text', known: 'names' },
  notBoolean: { found: 'value' },
  notChoice: { found: 'value', options: 'names' },
  notNumber: { found: 'value', min: 'number', max: 'number', unit: 'unit' },
  notNumberOrDistribution: { found: 'value', min: 'number', max: 'number', unit: 'unit' },
  outOfRange: { found: 'number', min: 'number', max: 'number', unit: 'unit' },
  notInteger: { found: 'number' },
  notUncertain: {},
  distributionOutside: { field: 'word', min: 'number', max: 'number' },
  distributionOrder: {},
  betaRange: { min: 'number', max: 'number' },
  sdTooWide: { found: 'number', min: 'number', max: 'number' },
  sdLogTooWide: { found: 'number', min: 'number', max: 'number' },
  betaShapeRange: { found: 'number', min: 'number', max: 'number' },
  // Work and memory (checkScenarioParams, estimateResources).
  tooMuchWork: { work: 'sci2', max: 'sci1' },
  tooManyReferrals: { referrals: 'sci2', max: 'sci1' },
  tooMuchMemory: { mb: 'number', max: 'number' },
  // CPU time (estimateWork), one code per biggest source of work.
  tooMuchCpuProviderMonths: { time: 'text', share: 'number', max: 'text' },
  tooMuchCpuReferrals: { time: 'text', share: 'number', max: 'text' },
  tooMuchCpuComparisonGroup: { time: 'text', share: 'number', max: 'text' },
  tooMuchCpuPaymentRule: { time: 'text', share: 'number', max: 'text' },
  tooMuchCpuBehaviour: { time: 'text', share: 'number', max: 'text' },
  // Custom payment formulas (checkFormula, scanFormula).
  formulaNotText: { found: 'value' },
  formulaEmpty: {},
  formulaTooLong: { length: 'number', max: 'number' },
  formulaTooDeep: { depth: 'number', max: 'number', at: 'number' },
  formulaCharacter: { what: 'word', piece: 'name', at: 'number' },
  formulaRadix: { piece: 'name', at: 'number' },
  formulaNumberTooLarge: { piece: 'name', at: 'number' },
  formulaUnknownName: { name: 'name', at: 'number', variables: 'names', functions: 'names' },
  formulaNotAFunction: { name: 'ident', at: 'number' },
  formulaNotCalled: { name: 'ident', at: 'number' },
  formulaArityExact: { name: 'ident', found: 'number', at: 'number', min: 'number' },
  formulaArityAtLeast: { name: 'ident', found: 'number', at: 'number', min: 'number' },
  formulaNeverFinite: { result: 'text', period: 'text' },
  formulaArityRange: { name: 'ident', found: 'number', at: 'number', min: 'number', max: 'number' },
  formulaSyntax: { detail: 'text', at: 'number' },
  formulaConstruct: { what: 'word', at: 'number' },
  formulaValue: { piece: 'name', at: 'number' },
  formulaComparison: { piece: 'text', at: 'number' },
  formulaOperator: { piece: 'name', at: 'number' },
  formulaNodeType: { piece: 'text', at: 'number' },
} as const satisfies Record<string, Readonly<Record<string, ValueKind>>>;

export type IssueCode = keyof typeof ISSUE_VALUES;
export const ISSUE_CODES = Object.keys(ISSUE_VALUES) as IssueCode[];

/**
 * Codes that mean "the validator met something it has no words for": a message from a
 * library passed on as it is. Tests assert no input produces them.
 */
export const FALLTHROUGH_CODES: readonly IssueCode[] = ['missingOther', 'wrongTypeOther', 'customOther', 'schemaOther'];

/** Words a message may use as a value, in both languages (see issueTexts.ts). */
export type IssueWord =
  | 'typeInt' | 'typeNumber' | 'typeText' | 'typeObject' | 'typeList' | 'typeBoolean' | 'typeRecord'
  | 'distMin' | 'distMode' | 'distMax' | 'distMean' | 'distMedian'
  | 'fText' | 'fTextOrTranspose' | 'fCharacter' | 'fMatrixOrIndex' | 'fObject' | 'fProperty' | 'fSecondExpression' | 'fLineBreak'
  | 'fComment' | 'fModulo' | 'fBitwise' | 'fShift' | 'fAssignment' | 'fFactorial' | 'fOperator' | 'fRange'
  | 'fUnreadable' | 'fComputedCall' | 'fAccessor' | 'fMatrix' | 'fFunctionDefinition' | 'fIndex';

interface KindTypes {
  number: number;
  sci1: number;
  sci2: number;
  value: Shown;
  name: string;
  ident: string;
  names: ReadonlyArray<string | number | boolean | null>;
  text: string;
  word: IssueWord;
  unit: string;
}

/** The values a code carries, typed from ISSUE_VALUES. */
export type IssueValues<C extends IssueCode> = { [K in keyof (typeof ISSUE_VALUES)[C]]: KindTypes[(typeof ISSUE_VALUES)[C][K] & ValueKind] };

/** A found value, summarised so an issue stays small and one line long. */
export function shown(value: unknown): Shown {
  if (typeof value === 'string') return value.length > 40 ? value.slice(0, 40) + '…' : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return { type: 'list' };
  if (typeof value === 'object') return { type: 'object' };
  return { type: 'other', name: typeof value };
}
