import { describe, expect, it } from 'vitest';
import { AUTO_RUN_MAX_SECONDS, estimateRunSeconds } from '../../../src/ui/run/estimateRunSeconds.js';
import { LIBRARY } from '../../../src/ui/state/scenarioLibrary.js';
import { batchWorkers, poolCapacity } from '../../../src/worker/spawnBrowserWorker.js';

const byId = (id: string) => LIBRARY.find((e) => e.id === id)!.scenario!;

describe('estimated run time', () => {
  it('lets the default scenario start by itself on two workers', () => {
    expect(estimateRunSeconds([byId('default')], 2)).toBeLessThan(AUTO_RUN_MAX_SECONDS);
  });
  it('holds a city-wide run or a huge run count for the user to press Run', () => {
    expect(estimateRunSeconds([{ ...byId('city-wide'), runs: 100_000 }], 2)).toBeGreaterThan(AUTO_RUN_MAX_SECONDS);
    expect(estimateRunSeconds([{ ...byId('default'), runs: 100_000 }], 2)).toBeGreaterThan(AUTO_RUN_MAX_SECONDS);
  });
  it('adds the work of every scenario in a batch, and falls with more workers', () => {
    const one = estimateRunSeconds([byId('default')], 2);
    expect(estimateRunSeconds([byId('default'), byId('default')], 2)).toBeCloseTo(2 * one);
    expect(estimateRunSeconds([byId('default')], 4)).toBeCloseTo(one / 2);
  });
  it('gives the default scenario every core of two, and a city-wide run of 5,000 one core of two', () => {
    const workers = (scenarios: Parameters<typeof estimateRunSeconds>[0]): number => batchWorkers(2, estimateRunSeconds(scenarios, poolCapacity(2)));
    expect(workers([byId('default')])).toBe(2);
    expect(workers([byId('default'), byId('default')])).toBe(2); // a design and its baseline
    expect(workers([{ ...byId('city-wide'), runs: 5000 }])).toBe(1);
    expect(workers([{ ...byId('default'), runs: 10_000 }])).toBe(1);
  });
});
