/**
 * An issue's code and values → its text in one language. The English rendering with the
 * default formats is the CLI's contract (`problem` and `allowed` of every issue); the page
 * passes its own number and unit formats for Swedish.
 */
import { ISSUE_VALUES, type IssueCode, type IssueValues, type Shown, type ValueKind } from './issueCodes.js';
import { printable } from './printable.js';
import { ISSUE_TEXTS, ISSUE_WORDS, type IssueLang, type IssueText } from './issueTexts.js';

export interface IssueFormat {
  /** A plain number (a found value, a bound, a count). */
  number?: (x: number) => string;
  /** A parameter's unit, e.g. `SEK/day`. */
  unit?: (unit: string) => string;
}

/** `{name}` in a text; the same pattern the tests use to list a text's values. */
export const PLACEHOLDER = /\{(\w+)\}/g;

const SHOWN_WORDS: Readonly<Record<IssueLang, { list: string; object: string }>> = {
  en: { list: 'a list', object: 'an object' },
  sv: { list: 'en lista', object: 'ett objekt' },
};

/** Numbers as the engine writes them; Swedish with a decimal comma when no format is given. */
function defaultNumber(lang: IssueLang): (x: number) => string {
  return lang === 'en' ? (x) => String(x) : (x) => String(x).replace('.', ',');
}

/** A found value in words: a text quoted, a number formatted, a list or an object named. */
export function showValue(v: Shown, lang: IssueLang, number: (x: number) => string = defaultNumber(lang)): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return number(v);
  if (typeof v === 'boolean' || v === null) return String(v);
  if (v.type === 'other') return v.name ?? 'undefined';
  return SHOWN_WORDS[lang][v.type];
}

function formatValue(kind: ValueKind, value: unknown, lang: IssueLang, f: Required<IssueFormat>): string {
  switch (kind) {
    case 'number': return f.number(value as number);
    case 'sci1': return lang === 'en' ? (value as number).toExponential(1) : (value as number).toExponential(1).replace('.', ',');
    case 'sci2': return lang === 'en' ? (value as number).toExponential(2) : (value as number).toExponential(2).replace('.', ',');
    case 'value': return showValue(value as Shown, lang, f.number);
    case 'name': return JSON.stringify(value as string);
    case 'ident': case 'text': return value as string;
    case 'names': return (value as ReadonlyArray<unknown>).map((x) => JSON.stringify(x)).join(', ');
    case 'word': return ISSUE_WORDS[value as keyof typeof ISSUE_WORDS][lang];
    case 'unit': return f.unit(value as string);
  }
}

/** The texts of one code with its values filled in, unprintable characters escaped (see printable.ts). */
export function renderIssue<C extends IssueCode>(code: C, values: IssueValues<C>, lang: IssueLang, format: IssueFormat = {}): IssueText {
  const f: Required<IssueFormat> = { number: format.number ?? defaultNumber(lang), unit: format.unit ?? ((u) => u) };
  const kinds = ISSUE_VALUES[code] as Readonly<Record<string, ValueKind>>;
  const vals = values as Readonly<Record<string, unknown>>;
  const fill = (text: string): string =>
    text.replace(PLACEHOLDER, (m, name: string) => (Object.prototype.hasOwnProperty.call(kinds, name) ? printable(formatValue(kinds[name], vals[name], lang, f)) : m));
  const text = ISSUE_TEXTS[lang][code];
  return { problem: fill(text.problem), allowed: fill(text.allowed) };
}
