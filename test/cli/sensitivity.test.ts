/** The sensitivity command as a user runs it: JSON shape, sorting, EVPI/EVPPI with a baseline, errors. */
import { describe, expect, it } from 'vitest';
import { runEntry } from './runEntry.js';

interface Json {
  metric: string;
  runs: number;
  base: number;
  tornado: Array<{ path: string; kind: string; label: string; low: number; high: number; metricLow: number; metricHigh: number; swing: number }>;
  skipped?: Array<{ path: string; switchOff: string }>;
  variance?: Array<{ path: string; share: number }>;
  evpi?: number;
  evppi?: Array<{ path: string; value: number }>;
}

describe('npm run sensitivity', () => {
  it('tornado of every distribution, sorted by swing, with variance shares', async () => {
    const r = await runEntry('sensitivityMain', ['scenarios/uncertain-inputs.json', '--runs', '50', '--format', 'json', '--inputs', 'distributions']);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as Json;
    expect(j.metric).toBe('purchaser.totalCost');
    expect(j.tornado).toHaveLength(5);
    expect(j.tornado.map((t) => t.swing)).toEqual([...j.tornado.map((t) => t.swing)].sort((a, b) => b - a));
    expect(j.tornado[0].path).toBe('segments[0].params.episodeMedianMonths');
    for (const t of j.tornado) expect(t.low).toBeLessThan(t.high);
    expect(j.variance).toHaveLength(5);
    expect(j.evpi).toBeUndefined();
  }, 300_000);

  it('by default also every active estimate across its range: several inputs move total cost', async () => {
    const r = await runEntry('sensitivityMain', ['scenarios/uncertain-inputs.json', '--runs', '25', '--format', 'json']);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as Json;
    const kinds = new Set(j.tornado.map((t) => t.kind));
    expect(kinds).toEqual(new Set(['distribution', 'estimate']));
    expect(j.tornado.filter((t) => t.swing > 0).length).toBeGreaterThanOrEqual(4);
    expect(j.tornado.filter((t) => t.kind === 'estimate' && t.swing > 0).length).toBeGreaterThanOrEqual(2);
    expect(j.tornado.find((t) => t.path === 'segments[0].params.episodeSdLog')?.label).toMatch(/HVB/);
    expect(j.skipped?.find((s) => s.path === 'behaviour.effort.maxGain')?.switchOff).toBe('behaviour.effort.enabled');
    expect(j.variance).toHaveLength(5);
  }, 300_000);

  it('with --compare and --uncertain: EVPI and EVPPI per input, none negative', async () => {
    const r = await runEntry('sensitivityMain', ['scenarios/behaviour-effort-on.json', '--compare', 'scenarios/behaviour-effort-off.json', '--uncertain', 'scenarios/uncertain-inputs.json', '--runs', '50', '--format', 'json', '--metric', 'outcomes.attributable', '--inputs', 'distributions']);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as Json;
    expect(j.evppi?.length).toBe(5);
    expect(j.evpi).toBeGreaterThanOrEqual(0);
    for (const e of j.evppi ?? []) expect(e.value).toBeGreaterThanOrEqual(0);
  }, 300_000);

  it('a scenario without uncertain inputs, or a bad metric, exits 2 with the fix', async () => {
    const none = await runEntry('sensitivityMain', ['scenarios/default.json', '--runs', '25', '--inputs', 'distributions']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no uncertain inputs.*--uncertain scenarios\/uncertain-inputs\.json/);
    const bad = await runEntry('sensitivityMain', ['scenarios/uncertain-inputs.json', '--metric', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--metric: found "nope"/);
    const which = await runEntry('sensitivityMain', ['scenarios/uncertain-inputs.json', '--inputs', 'some']);
    expect(which.code).toBe(2);
    expect(which.stderr).toMatch(/--inputs: found "some"/);
  }, 300_000);
});
