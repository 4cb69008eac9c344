/**
 * Hostile formulas, after mathjs's own security tests and advisories and the usual tricks
 * against expression evaluators: constructor chains, prototype access, the functions that
 * change or re-enter the parser (import, createUnit, evaluate, parse, simplify, derivative),
 * assignments and function definitions, property and index access, matrices, objects,
 * strings, huge ranges, deep brackets and very long input. Every one must be refused by
 * scenario validation at `payment.params.formula`, with a message naming a piece and its
 * position, and without anything being evaluated.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateScenario } from '../../../src/engine.js';
import { mathInstance } from '../../../src/core/formula/mathInstance.js';

const math = mathInstance();
import { custom } from '../../../models/rules/custom.js';
import { expectCoded } from '../../support/expectCoded.js';

const HACK = `console.log('hacked...')`;

export const HOSTILE: readonly string[] = [
  // Function via constructor chains (mathjs security tests).
  `f=[].map.constructor("${HACK}"); f()`,
  `f=sqrt.constructor("${HACK}"); f()`,
  `cos.constructor("${HACK}")()`,
  `[].map.constructor.call(null, "${HACK}")()`,
  `[].map.constructor.apply(null, ["${HACK}"])()`,
  `[].map.constructor.bind()("${HACK}")()`,
  `[].constructor()`,
  `constructor`,
  `toString`,
  `__proto__`,
  `base.constructor`,
  `base["constructor"]`,
  `base["co\\u006Estructor"]`,
  `max.constructor("return process")()`,
  `prop="constructor"; [].map[prop]("${HACK}")()`,
  `[].map[concat("constr", "uctor")]("${HACK}")()`,
  `["//","a/*\\nreturn process.mainModule.require"]._data.map(cos.constructor)[1]()("child_process").execSync("ps")`,
  `{}.constructor.assign(cos.constructor, {binding: cos.bind})`,
  `{hasOwnProperty: 2}`,
  `{constructor: 2}`,
  `a = {"constructor": 2}`,
  // Functions that change mathjs or re-enter the parser.
  `import({matrix: cos.constructor}, {override: 1}); x=["${HACK}"]; x()`,
  `import({base: 1}, {override: true})`,
  `createUnit("knuth")`,
  `evaluate("1+1")`,
  `evaluate("value", d)("${HACK}")`,
  `parse("cos").compile().evaluate()`,
  `parser().evaluate("")`,
  `simplify("x+x")`,
  `derivative("x^2", "x")`,
  `compile("1").evaluate()`,
  `config({number: "BigNumber"})`,
  `expression.node.Node.prototype.compile`,
  `chain(3).done()`,
  `typed("f", {})`,
  // Assignment and definitions.
  `base = 0`,
  `f(x) = x`,
  `c(x,y)="${HACK}"; c(1,2)`,
  `successes = successes * 100`,
  // Property, index, matrix, object, string, range.
  `a.b`,
  `a[1]`,
  `base[1]`,
  `[1, 2, 3]`,
  `[base][1]`,
  `{a: 1}`,
  `"base"`,
  `'base'`,
  `1:1e9`,
  `sum(1:1e9)`,
  `ones(1e5, 1e5)`,
  `zeros(100000)`,
  `range(0, 1e9)`,
  // Units, complex numbers, bitwise, factorial, other operators.
  `5 cm`,
  `base to cm`,
  `2i`,
  `sqrt(-1) * i`,
  `base & 1`,
  `base | 1`,
  `~base`,
  `base << 2`,
  `170!`,
  `base'`,
  `base mod 3`,
  `base xor 1`,
  `base ?? 1`,
  `base?.x`,
  `5%`,
  `# a comment`,
  // Unknown names, including look-alikes.
  `cos(base)`,
  `random()`,
  `Infinity`,
  `NaN`,
  `true ? base : 0`,
  `null`,
  `bаse`, // Cyrillic а
  `base\u200b + 1`, // zero-width space
  `\u202ebase`, // right-to-left override
  // Several expressions, deep brackets and very long input.
  `base\n1`,
  `base; base`,
  `${'('.repeat(500)}base${')'.repeat(500)}`,
  `${'('.repeat(33)}base${')'.repeat(33)}`,
  `${'-'.repeat(40)}base`,
  `${'not '.repeat(40)}base`,
  `${Array.from({ length: 40 }, () => 'base ? ').join('')}1${' : 0'.repeat(40)}`,
  `1+${'1+'.repeat(600)}1`,
  'x'.repeat(9_999),
  'x'.repeat(50_000),
];

const scenario = (formula: string): unknown => ({
  schemaVersion: 1, id: 'hostile', title: { sv: 'h', en: 'h' }, seed: 1, runs: 1, horizonMonths: 12,
  segments: [{ service: 'hvbYouth', providers: 2 }], measure: { model: 'lowerIntervention' },
  payment: { rule: 'custom', params: { formula } },
});

describe('hostile formulas', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(HOSTILE.map((f) => [f.length > 60 ? `${f.slice(0, 60)}… (${f.length} characters)` : f, f]))('refuses %s', (_label, formula) => {
    // The only functions the formula code could ever evaluate through mathjs.
    const spies = (['round', 'floor', 'ceil', 'pow'] as const).map((name) => vi.spyOn(math, name));
    const checked = validateScenario(scenario(formula));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const issue = checked.issues.find((i) => i.path === 'payment.params.formula');
    expect(issue, JSON.stringify(checked.issues)).toBeDefined();
    // Named and placed: a position, or the whole text's length, or the structural limit.
    expect(issue!.problem).toMatch(/at character \d+|characters long|found "|levels deep/);
    expect(issue!.allowed.length).toBeGreaterThan(0);
    expectCoded(issue!);
    expect(() => custom.bind!({ formula, target: 0.5 })).toThrow();
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('leaves the mathjs instance as it was, and that instance cannot evaluate text at all', () => {
    const before = Object.keys(math).sort();
    for (const formula of HOSTILE) validateScenario(scenario(formula));
    expect(Object.keys(math).sort()).toEqual(before);
    const names = math as unknown as Record<string, unknown>;
    for (const name of ['evaluate', 'compile', 'simplify', 'derivative', 'createUnit', 'parser']) expect(typeof names[name], name).toBe('undefined');
  });
});
