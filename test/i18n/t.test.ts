import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t.js';
import { GLOSSARY, termsIn } from '../../src/i18n/glossary.js';

describe('texts', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('sv', 'runsProgress', { done: 3, total: 10 })).toBe('3 av 10 körningar');
    expect(t('en', 'runsProgress', { done: 3 })).toBe('3 of {total} runs');
  });
  it('has a glossary entry for every term the issue names, in both languages', () => {
    for (const id of ['reliability', 'riskAdjustment', 'withhold', 'corridor', 'attributable', 'crn']) {
      const g = GLOSSARY.find((e) => e.id === id)!;
      expect(g.definition.sv.length).toBeGreaterThan(40);
      expect(g.definition.en.length).toBeGreaterThan(40);
    }
  });
  it('finds terms and abbreviations in labels without false hits inside words', () => {
    expect(termsIn('Utfall utan insats (logodds)', 'sv').map((g) => g.id)).toContain('logOdds');
    expect(termsIn('HVB för ungdomar', 'sv').map((g) => g.id)).toContain('hvb');
    expect(termsIn('Inkörningsmånader', 'sv').map((g) => g.id)).not.toContain('run');
    expect(termsIn('Frö', 'sv').map((g) => g.id)).toContain('seed');
  });
});
