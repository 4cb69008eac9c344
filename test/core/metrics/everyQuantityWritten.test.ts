/**
 * A metric added to the catalogue must be computed: every quantity of the run table is written
 * by every run (a forgotten one would silently read as the table's initial value).
 */
import { describe, expect, it } from 'vitest';
import { QUANTITIES, QUANTITY_COUNT } from '../../../src/engine.js';
import { simulateRun } from '../../../src/core/simulate/simulateRun.js';
import { compiledTestScenario } from '../../support/testScenario.js';

const SENTINEL = -123456.789;

describe('the run table', () => {
  it.each([
    ['per diem', {}],
    ['an outcomes contract with behaviour', { payment: { rule: 'socialOutcomes' }, behaviour: { effort: { enabled: true } } }],
    ['a withhold with participation', { payment: { rule: 'withhold' }, behaviour: { participation: { enabled: true } } }],
    ['an outcomes contract with participation', { payment: { rule: 'socialOutcomes' }, behaviour: { participation: { enabled: true } } }],
  ] as const)('has every quantity written by a run (%s)', (_, overrides) => {
    const row = new Float64Array(QUANTITY_COUNT).fill(SENTINEL);
    simulateRun(compiledTestScenario(overrides), 0, row, 0);
    expect(QUANTITIES.filter((_, i) => row[i] === SENTINEL)).toEqual([]);
  });
});
