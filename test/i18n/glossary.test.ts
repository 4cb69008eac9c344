import { describe, expect, it } from 'vitest';
import { GLOSSARY, termsIn } from '../../src/i18n/glossary.js';

const ids = (text: string, lang: 'sv' | 'en' = 'sv'): string[] => termsIn(text, lang).map((g) => g.id);

describe('glossary links match whole terms', () => {
  it('does not find a term inside another word', () => {
    expect(ids('Standardavvikelse')).toContain('sd');
    expect(ids('Standardavvikelse')).not.toContain('flagging');
  });
  it('finds a term as a word of its own, and at the start of a compound', () => {
    expect(ids('en tydlig avvikelse nedåt')).toContain('flagging');
    expect(ids('Riskjusterad andel')).toContain('riskAdjustment');
  });
  it('every entry finds its own term', () => {
    for (const g of GLOSSARY) for (const lang of ['sv', 'en'] as const) expect(ids(g.term[lang], lang), `${g.id} ${lang}`).toContain(g.id);
  });
});
