/** The sensitivity report's CSV and table: each tornado row with its kind and base, the skipped estimates named. */
import { describe, expect, it } from 'vitest';
import { formatSensitivity, type SensitivityReport } from '../../src/cli/formatSensitivity.js';

const report: SensitivityReport = {
  engine: { name: 'workbench', version: '1' },
  scenario: { id: 'tiny', title: { sv: 'Litet', en: 'Tiny' } },
  seed: 1, runs: 10, metric: 'purchaser.totalCost', inputs: 'all', base: 100,
  tornado: [
    { path: 'segments[0].params.episodeSdLog', kind: 'estimate', base: 0.6, low: 0.3, high: 1, metricLow: 90, metricHigh: 120, swing: 30, label: 'Episode length, spread' },
    { path: 'fallback.pricePerDay', kind: 'distribution', base: 6000, low: 5000, high: 7000, metricLow: 100, metricHigh: 100, swing: 0, label: 'Price' },
  ],
  skipped: [{ path: 'behaviour.effort.maxGain', switchOff: 'behaviour.effort.enabled' }, { path: 'fallback.capacity', switchOff: 'fallback.capacityLimited' }],
};

describe('formatSensitivity', () => {
  it('CSV: kind and base per tornado row, one row per skipped estimate', () => {
    const lines = formatSensitivity(report, 'csv').trim().split('\n');
    expect(lines[0]).toBe('scenario;baseline;seed;runs;metric;section;path;kind;base;low;high;metric_low;metric_high;swing;share;value');
    expect(lines[1]).toBe('tiny;;1;10;purchaser.totalCost;tornado;segments[0].params.episodeSdLog;estimate;0.6;0.3;1;90;120;30;;');
    expect(lines.filter((l) => l.includes(';skipped;')).map((l) => l.split(';')[6])).toEqual(['behaviour.effort.maxGain', 'fallback.capacity']);
    for (const l of lines) expect(l.split(';')).toHaveLength(16);
  });

  it('table: the kind column and a sentence naming what was skipped and why', () => {
    const text = formatSensitivity(report, 'table');
    expect(text).toMatch(/segments\[0\]\.params\.episodeSdLog\s+estimate\s+0\.6\s+0\.3\s+1\s/);
    expect(text).toContain('Skipped 2 estimates that cannot matter here, since behaviour.effort.enabled, fallback.capacityLimited are off: behaviour.effort.maxGain, fallback.capacity');
  });
});
