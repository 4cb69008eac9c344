import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, ISSUE_TEXTS, ISSUE_VALUES, ISSUE_WORDS, renderIssue, type IssueCode, type IssueValues } from '../../../src/engine.js';
import { PLACEHOLDER } from '../../../src/core/issues/renderIssue.js';

const LANGS = ['en', 'sv'] as const;
const namesIn = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);

/** A value of each kind, for rendering every code. */
const SAMPLE = { number: 2.5, sci1: 5e8, sci2: 1.234e10, value: 'x', name: 'n', ident: 'max', names: ['a', 'b'], text: 'detail', word: 'typeInt', unit: 'share' } as const;

describe('issue texts', () => {
  it('every code has an English and a Swedish text, and no text is for a code that does not exist', () => {
    for (const lang of LANGS) {
      expect(Object.keys(ISSUE_TEXTS[lang]).sort(), lang).toEqual([...ISSUE_CODES].sort());
      for (const code of ISSUE_CODES) {
        expect(ISSUE_TEXTS[lang][code].problem.length, `${lang} ${code}`).toBeGreaterThan(0);
        expect(ISSUE_TEXTS[lang][code].allowed.length, `${lang} ${code}`).toBeGreaterThan(0);
      }
    }
  });

  it("each text uses exactly the code's values: none missing, none unknown", () => {
    for (const code of ISSUE_CODES) {
      const declared = Object.keys(ISSUE_VALUES[code]).sort();
      for (const lang of LANGS) {
        const { problem, allowed } = ISSUE_TEXTS[lang][code];
        const used = [...new Set([...namesIn(problem), ...namesIn(allowed)])].sort();
        expect(used, `${lang} ${code}`).toEqual(declared);
      }
    }
  });

  it('every word has both languages', () => {
    for (const [word, text] of Object.entries(ISSUE_WORDS)) for (const lang of LANGS) expect(text[lang].length, `${word} ${lang}`).toBeGreaterThan(0);
  });

  it('renders every code in both languages with every value filled in, on one line', () => {
    for (const code of ISSUE_CODES) {
      const values = Object.fromEntries(Object.entries(ISSUE_VALUES[code]).map(([k, kind]) => [k, SAMPLE[kind]])) as IssueValues<IssueCode>;
      for (const lang of LANGS) {
        const { problem, allowed } = renderIssue(code, values, lang);
        expect(`${problem} ${allowed}`, `${lang} ${code}`).not.toMatch(/\{\w+\}|[\n\r]/);
      }
    }
  });

  it('formats values by kind and language', () => {
    expect(renderIssue('notInteger', { found: 2.5 }, 'en')).toEqual({ problem: 'found 2.5, which is not a whole number', allowed: 'a whole number' });
    expect(renderIssue('notInteger', { found: 2.5 }, 'sv')).toEqual({ problem: 'värdet är 2,5', allowed: 'ett heltal' });
    expect(renderIssue('wrongType', { found: { type: 'list' }, expected: 'typeObject' }, 'sv').problem).toBe('värdet är en lista');
    expect(renderIssue('tooMuchWork', { work: 1.234e10, max: 5e8 }, 'en').problem).toBe('runs × providers × months is 1.23e+10');
    expect(renderIssue('outOfRange', { found: 2, min: 0, max: 1, unit: 'share' }, 'sv', { unit: () => 'andel' }).allowed).toBe('ett tal från 0 till 1 (andel)');
    expect(renderIssue('unknownParam', { name: 'x\u202ey', known: ['a'] }, 'en').problem).toBe('unknown parameter "x\\u202ey"');
  });
});
