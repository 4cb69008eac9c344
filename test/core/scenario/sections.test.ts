/**
 * Section names, behaviour names, the seed maximum and the worker limit each have one
 * definition (core/scenario/sections.ts, LIMITS); the type system keeps the specs and the
 * editor in step, and these tests keep the schema, the CLI and the pools in step.
 */
import { describe, expect, it } from 'vitest';
import { behaviourSpecs, sectionSpecs } from '../../../models/index.js';
import { BEHAVIOUR_NAMES, LIMITS, SECTION_NAMES, scenarioSchema } from '../../../src/engine.js';
import { behaviourSchema } from '../../../src/core/scenario/Scenario.js';
import { USAGE, parseArgs } from '../../../src/cli/parseArgs.js';
import { poolSize } from '../../../src/worker/spawnBrowserWorker.js';
import { TOP_LEVEL_SPECS } from '../../../src/ui/state/topLevelSpecs.js';
import { testScenario } from '../../support/testScenario.js';

describe('one definition each', () => {
  it('the schema and the specs have exactly the section and behaviour names, in order', () => {
    const topLevel = Object.keys(scenarioSchema.shape);
    expect(topLevel.filter((k) => (SECTION_NAMES as readonly string[]).includes(k))).toEqual([...SECTION_NAMES]);
    expect(Object.keys(sectionSpecs)).toEqual([...SECTION_NAMES]);
    expect(Object.keys(behaviourSchema.shape)).toEqual([...BEHAVIOUR_NAMES]);
    expect(Object.keys(behaviourSpecs)).toEqual([...BEHAVIOUR_NAMES]);
  });

  it('the seed maximum is the schema\'s, the editor\'s and the CLI\'s', () => {
    const base = testScenario();
    expect(scenarioSchema.safeParse({ ...base, seed: LIMITS.maxSeed }).success).toBe(true);
    expect(scenarioSchema.safeParse({ ...base, seed: LIMITS.maxSeed + 1 }).success).toBe(false);
    expect(TOP_LEVEL_SPECS.seed.max).toBe(LIMITS.maxSeed);
    expect(USAGE).toContain(`0 to ${LIMITS.maxSeed}`);
  });

  it('the worker limit bounds the page\'s pool and the CLI\'s --workers', () => {
    expect(poolSize(1024)).toBe(LIMITS.maxWorkers);
    expect(poolSize(LIMITS.maxWorkers)).toBe(LIMITS.maxWorkers - 1); // one core left for the page
    expect(() => parseArgs(['s.json', '--workers', String(LIMITS.maxWorkers + 1)])).toThrow();
    expect(USAGE).toContain(`1 to ${LIMITS.maxWorkers}`);
  });
});
