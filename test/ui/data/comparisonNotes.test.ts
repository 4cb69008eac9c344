import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, type Scenario } from '../../../src/engine.js';
import { behaviourSentences, movesUnmeasured, warningTexts } from '../../../src/ui/data/comparisonNotes.js';

const library = (file: string): Scenario => JSON.parse(readFileSync(new URL(`../../../scenarios/${file}`, import.meta.url), 'utf8')) as Scenario;
const compiled = (s: Scenario) => compileScenario(s);
const names = { design: 'A', base: 'B' };

describe('comparison notes', () => {
  it('says a yearly design against the quarterly default differs in its settlement period, in both languages', () => {
    const cliff = compiled(library('threshold-cliff.json')), def = compiled(library('default.json'));
    expect(warningTexts(cliff, def, 'sv').join(' ')).toMatch(/årsvis.*kvartalsvis/);
    expect(warningTexts(cliff, def, 'en').join(' ')).toMatch(/settles yearly, the baseline quarterly/);
    // Against its own baseline (the same but the rule) there is nothing to warn about.
    expect(warningTexts(cliff, compiled(library('default-yearly.json')), 'en')).toEqual([]);
  });
  it('names the behaviours as the editor does, and says when providers were assumed not to react', () => {
    const off = compiled(library('behaviour-multitasking-off.json')), on = compiled(library('behaviour-multitasking-on.json'));
    expect(warningTexts(on, off, 'en')).toContain('Provider behaviours differ: in the design Measured versus unmeasured quality, in the baseline none.');
    expect(behaviourSentences(on, off, 'sv', names)[0]).toBe('Utförarnas beteenden som är påslagna – i A: Mätt mot omätt kvalitet; i B: inga.');
    expect(behaviourSentences(off, off, 'en', names)).toEqual([expect.stringMatching(/^Assumption: providers are assumed not to react to the payment/)]);
    expect(behaviourSentences(off, on, 'en', names)[1]).toBe('In A providers are assumed not to react to the payment.');
  });
  it('shows the unmeasured outcome only when a behaviour that moves it is on in either', () => {
    const off = compiled(library('behaviour-multitasking-off.json')), on = compiled(library('behaviour-multitasking-on.json'));
    expect(movesUnmeasured(off, off)).toBe(false);
    expect(movesUnmeasured(on, off)).toBe(true);
    expect(movesUnmeasured(off, on)).toBe(true);
    expect(movesUnmeasured(compiled(library('behaviour-effort-on.json')), off)).toBe(false);
  });
  it('names a section that differs by its editor label, not its code name', () => {
    const def = library('default.json');
    const warm = compiled({ ...def, care: { ...(def.care ?? {}), warmUpMonths: 9 } });
    expect(warningTexts(warm, compiled(def), 'sv')).toEqual([expect.stringMatching(/^Avsnittet ”Vårdtid” har andra värden i förslaget än i jämförelsen: [a-zåäö]/)]);
  });
  it('names the measure\'s settings and the services as the editor does', () => {
    const def = library('default.json');
    const lag = compiled({ ...def, measure: { ...def.measure, params: { ...(def.measure.params ?? {}), lagMonths: 12 } } });
    expect(warningTexts(lag, compiled(def), 'en')).toEqual([expect.stringMatching(/^The measure is set differently in the design than in the baseline: [a-z]/)]);
    const more = compiled({ ...def, segments: [{ ...def.segments[0], providers: 20 }] });
    expect(warningTexts(more, compiled(def), 'sv')[0]).toMatch(/^Utförarna skiljer sig: förslaget har HVB[^,]* \(20\), jämförelsen HVB[^,]* \(40\)/);
  });
});
