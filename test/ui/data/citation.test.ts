import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/ui/data/citation.js';

describe('citations in the page', () => {
  it('names the city documents and drops working-file references', () => {
    expect(citation('Stockholm follow-up model proposal (seed 004): "cirka 30 minuter extra"', 'sv')).toBe('Stockholm follow-up model proposal (Stockholms stad, förslag till stadsövergripande modell för uppföljning inom socialtjänsten): "cirka 30 minuter extra"');
    expect(citation('DESIGN.md assumption', 'en')).toBe('model assumption');
    expect(citation('public-sector salary statistics plus employer contributions (DEFAULTS.md)', 'en')).toBe('public-sector salary statistics plus employer contributions');
    expect(citation('DESIGN.md default: median 6 months', 'en')).toBe('model default: median 6 months');
    for (const s of ['a (DESIGN.md) b', 'DEFAULTS.md: x', 'effect data are scarce (seed 000)']) expect(citation(s, 'sv')).not.toMatch(/DESIGN|DEFAULTS|\.md|seed 0/);
  });
});
