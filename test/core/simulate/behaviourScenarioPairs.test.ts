/**
 * The shipped behaviour pairs (scenarios/behaviour-*-on.json vs -off.json) move their metric
 * the way economics predicts, at the files' seed and fewer runs (paired, 4 Monte Carlo SE).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MetricId } from '../../../src/engine.js';
import { difference, moves, simulate } from './behaviourRun.js';

const load = (name: string): object => ({
  ...JSON.parse(readFileSync(fileURLToPath(new URL(`../../../scenarios/${name}.json`, import.meta.url)), 'utf8')),
  runs: 100,
});

const pairs: Array<[string, string, Array<[MetricId, 1 | -1]>]> = [
  ['behaviour-effort-on', 'behaviour-effort-off', [['providers.effortMean', 1], ['outcomes.trueRate', 1], ['purchaser.costPerAttributableOutcome', -1]]],
  ['behaviour-selection-on', 'behaviour-selection-off', [['clients.declined', 1], ['purchaser.fallbackCost', 1], ['outcomes.trueRateHighNeed', -1]]],
  ['behaviour-selection-risk-adjusted', 'behaviour-selection-on', [['clients.declined', -1], ['purchaser.fallbackCost', -1]]],
  ['behaviour-gaming-on', 'behaviour-gaming-off', [['measurement.gamingInflation', 1], ['purchaser.payments', 1], ['measurement.rankCorrelation', -1]]],
  ['behaviour-multitasking-on', 'behaviour-multitasking-off', [['outcomes.unmeasuredRate', -1], ['outcomes.trueRate', 1]]],
  ['behaviour-participation-on', 'behaviour-participation-off', [['providers.premiumPaid', 1], ['providers.exited', 1], ['purchaser.fallbackCost', 1], ['purchaser.totalCost', 1]]],
];

describe('shipped behaviour pairs', () => {
  it.each(pairs)('%s vs %s', (on, off, expected) => {
    const d = difference(simulate(load(on)), simulate(load(off)));
    for (const [id, direction] of expected) {
      const deterministic = d[id].se === 0 && d[id].meanDiff !== null && direction * d[id].meanDiff > 0;
      expect(deterministic || moves(d[id], direction), `${id}: ${d[id].meanDiff} ± ${d[id].se}`).toBe(true);
    }
  });
});
