import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exitCodeFor.js';
import { InputError } from '../../src/cli/InputError.js';
import { FormulaError } from '../../src/engine.js';

function run(e: unknown, debug = false): { code: number; text: string } {
  let text = '';
  const code = exitCodeFor(e, (t) => { text += t; }, debug);
  return { code, text };
}

describe('exitCodeFor', () => {
  it('gives 2 and one line per issue for bad input, without a stack', () => {
    const e = InputError.of('a.json', [{ path: 'runs', problem: 'found 0', allowed: 'at least 1' }, { path: 'seed', problem: 'missing', allowed: 'a whole number' }]);
    expect(run(e, true)).toEqual({ code: 2, text: 'error: a.json: runs: found 0; at least 1\nerror: a.json: seed: missing; a whole number\n' });
  });

  it('gives 1 and the message for anything else, the stack only when debugging', () => {
    const e = new TypeError('x is not a function');
    expect(run(e)).toEqual({ code: 1, text: 'error: internal: x is not a function\n' });
    const debugged = run(e, true);
    expect(debugged.code).toBe(1);
    expect(debugged.text).toContain('error: internal: x is not a function\n');
    expect(debugged.text).toContain('exitCodeFor.test.ts');
    expect(run('a thrown string')).toEqual({ code: 1, text: 'error: internal: a thrown string\n' });
  });

  it('gives 2 for a payment formula that fails at run time, thrown here or arriving from a worker by name', () => {
    const e = new FormulaError('1 / (successes - successes)', Infinity, new Float64Array(20), 2);
    const here = run(e, true);
    expect(here.code).toBe(2);
    expect(here.text).toMatch(/^error: payment\.params\.formula: the payment formula "1 \/ \(successes - successes\)" gave Infinity for provider 3, with .*; make the formula finite for these values/);
    expect(here.text.split('\n')).toHaveLength(2);
    const fromWorker = Object.assign(new Error(e.message), { name: 'FormulaError' });
    expect(run(fromWorker)).toEqual(here);
  });

  it('escapes control characters so a message is always one line', () => {
    const e = InputError.of('a\nerror: b.json\u001b[2K', [{ path: 'title\u2028x', problem: 'found "\u0085"', allowed: 'text' }]);
    expect(run(e)).toEqual({ code: 2, text: 'error: "a\\nerror: b.json\\u001b[2K": title\\u2028x: found "\\u0085"; text\n' });
    expect(run(new Error('bad\u001b[31m red\nsecond line')).text).toBe('error: internal: bad\\u001b[31m red\n');
  });
});
