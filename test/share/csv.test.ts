import { describe, expect, it } from 'vitest';
import { csvNumber, toCsv } from '../../src/share/csv.js';

describe('csv', () => {
  it('separates with semicolons and writes plain numbers with a decimal comma in Swedish', () => {
    expect(toCsv(['a', 'b'], [[1234567.5, 0.25]], 'sv')).toBe('a;b\r\n1234567,5;0,25\r\n');
    expect(toCsv(['a', 'b'], [[1234567.5, 0.25]], 'en')).toBe('a;b\r\n1234567.5;0.25\r\n');
  });
  it('leaves missing values empty and never writes exponents', () => {
    expect(toCsv(['x'], [[null], [Number.NaN], [1e-9]], 'en')).toBe('x\r\n\r\n\r\n0.000000001\r\n');
    expect(csvNumber(-0, 'sv')).toBe('0');
  });
  it('quotes text with separators or quotes, and defuses formulas', () => {
    expect(toCsv(['t'], [['a;b'], ['say "hi"'], ['=1+1']], 'sv')).toBe('t\r\n"a;b"\r\n"say ""hi"""\r\n\'=1+1\r\n');
  });
});
