import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/core/scenario/Scenario.js';
import { TOP_LEVEL_SPECS } from '../../../src/ui/state/topLevelSpecs.js';
import { testScenario } from '../../support/testScenario.js';

describe('the editor\'s top-level fields', () => {
  it('allow exactly the numbers of markets the scenario format allows', () => {
    const base = testScenario();
    const { min, max } = TOP_LEVEL_SPECS.markets;
    expect(scenarioSchema.safeParse({ ...base, markets: min }).success).toBe(true);
    expect(scenarioSchema.safeParse({ ...base, markets: max }).success).toBe(true);
    expect(scenarioSchema.safeParse({ ...base, markets: min - 1 }).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...base, markets: max + 1 }).success).toBe(false);
    expect(TOP_LEVEL_SPECS.markets.default).toBe(1);
  });
});
