/**
 * Sharded batch runs: three shard processes and a merge give the same bytes as one process,
 * for simulate (with a baseline and providers) and for a sweep; incomplete or mixed sets of
 * parts are input errors.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEntry } from './runEntry.js';
import { tinyScenario } from './tinyScenario.js';

const dir = mkdtempSync(join(tmpdir(), 'shards-'));
const design = join(dir, 'design.json');
const baseline = join(dir, 'baseline.json');
// 130 runs: six chunks, the last one short, so shards hold different numbers of chunks.
writeFileSync(design, JSON.stringify(tinyScenario({ runs: 130 })));
writeFileSync(baseline, JSON.stringify(tinyScenario({ payment: { rule: 'perDiem' } })));

async function shardedAndWhole(entry: string, args: string[]): Promise<{ merged: string; whole: string; parts: string[] }> {
  const parts = [1, 2, 3].map((k) => join(dir, `${entry}-${k}.json`));
  const results = await Promise.all([
    runEntry(entry, args),
    ...parts.map((p, i) => runEntry(entry, [...args, '--shard', `${i + 1}/3`, '--out', p])),
  ]);
  for (const r of results) expect(r.stderr).toBe('');
  const merged = await runEntry('mergeMain', [parts[2], parts[0], parts[1]]);
  expect(merged.stderr).toBe('');
  expect(merged.code).toBe(0);
  return { merged: merged.stdout, whole: results[0].stdout, parts };
}

describe('three shards merged = one process, byte for byte', () => {
  it('simulate --compare --providers, JSON', async () => {
    const r = await shardedAndWhole('main', [design, '--compare', baseline, '--providers', '--format', 'json']);
    expect(r.merged).toBe(r.whole);
    const missing = await runEntry('mergeMain', [r.parts[0], r.parts[2]]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/shard 2\/3 missing/);
    const twice = await runEntry('mergeMain', [r.parts[0], r.parts[0], r.parts[2]]);
    expect(twice.stderr).toMatch(/given twice/);
  }, 300_000);

  it('simulate --shard on a pool of 2 workers merges to the bytes of one worker unsharded', async () => {
    const args = [design, '--compare', baseline, '--format', 'json'];
    const parts = [1, 2].map((k) => join(dir, `pool-${k}.json`));
    const [whole, ...shards] = await Promise.all([
      runEntry('main', [...args, '--workers', '1']),
      ...parts.map((p, i) => runEntry('main', [...args, '--workers', '2', '--shard', `${i + 1}/2`, '--out', p])),
    ]);
    for (const r of [whole, ...shards]) expect(r.stderr).toBe('');
    const merged = await runEntry('mergeMain', parts);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
  }, 300_000);

  it('sweep, CSV', async () => {
    const r = await shardedAndWhole('sweepMain', [design, '--vary', 'payment.params.bonusPerSuccess=0:200000:5', '--runs', '30', '--format', 'csv']);
    expect(r.merged).toBe(r.whole);
    expect(r.whole.split('\n').length).toBeGreaterThan(5 * 40);
  }, 300_000);
});
