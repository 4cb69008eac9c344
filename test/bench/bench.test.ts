/** `npm run bench -- --quick --json` runs end to end and prints one well-formed report (no timing is judged). */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { BenchReport } from '../../bench/BenchReport.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const positive = (x: number): boolean => Number.isFinite(x) && x > 0;

describe('bench --quick --json', () => {
  it('prints the machine, every section and the targets', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/bench.ts', '--quick', '--json'], { cwd: root, maxBuffer: 1 << 20 });
    const r = JSON.parse(stdout) as BenchReport;
    expect(r.quick).toBe(true);
    expect(r.machine.cores).toBeGreaterThanOrEqual(1);
    expect(r.machine.node).toBe(process.version);
    expect(r.generators.map((g) => g.id)).toEqual(['sfc32', 'xoshiro128**', 'alea', 'xor4096', 'tychei']);
    for (const g of r.generators) {
      expect(positive(g.nsPerDraw)).toBe(true);
    }
    expect(positive(r.engine.clientEpisodesPerSecond)).toBe(true);
    expect(r.cityWide.workers.map((w) => w.workers)).toEqual([1, 2]);
    expect(r.cityWide.identicalAcrossWorkers).toBe(true);
    expect(r.cityWide.workers[0].hash).toMatch(/^[0-9a-f]{16}$/);
    for (const x of [...r.cityWide.workers.map((w) => w.seconds), ...r.reference.workers.map((w) => w.seconds), ...r.ratio.map((w) => w.ratio)]) {
      expect(positive(x)).toBe(true);
    }
    expect(r.defaultScenario.workers.map((w) => w.workers)).toEqual([1, 2]);
    expect(positive(r.memory.peakRssMB)).toBe(true);
    expect(r.cityWide.workers.every((w) => positive(w.maxRssMB))).toBe(true);
    expect(positive(r.formula.ratio) && positive(r.formula.closureNs) && positive(r.formula.mathjsNs)).toBe(true);
    expect(r.sensitivity.tornado.inputs).toBe(3);
    expect(positive(r.sensitivity.tornado.seconds) && positive(r.sensitivity.evppi.analysisSeconds)).toBe(true);
    expect(Object.keys(r.targets).sort()).toEqual(['cityWithin3xOfReference', 'defaultUnderHalfSecond', 'formulaAtLeast50x', 'memoryUnder500MB']);
  }, 180_000);
});
