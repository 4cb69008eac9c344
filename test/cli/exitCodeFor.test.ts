import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exitCodeFor.js';
import { InputError } from '../../src/cli/InputError.js';

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
});
