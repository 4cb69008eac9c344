import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/ui/data/storyText.js';
import { LIBRARY } from '../../../src/ui/state/scenarioLibrary.js';

describe('stories in the page', () => {
  it('name scenarios by title and documents by name', () => {
    const out = storyText('Jämför med default.json. Underlag: 001, motionen.', LIBRARY, 'sv');
    expect(out).toMatch(/^Jämför med ”Dagens dygnsersättning”\. Underlag: Motion om utfallsmått/);
    for (const e of LIBRARY) for (const lang of ['sv', 'en'] as const) {
      const s = e.scenario?.story?.[lang];
      if (s) expect(storyText(s, LIBRARY, lang)).not.toMatch(/\.json\b|(Underlag|Seed document): \d{3}/);
    }
  });
});
