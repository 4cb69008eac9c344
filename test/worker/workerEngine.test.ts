/**
 * The worker's engine compiles as the bound engine does (the pool validated the scenario
 * already), so a chunk is bit-identical either way; and neither worker entry pulls the schema
 * library into its bundle, which is the point of not validating there.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileScenario, parseScenarioText, simulateChunk, type Scenario } from '../../src/engine.js';
import { compileScenario as compileInWorker, simulateChunk as simulateInWorker } from '../../src/worker/workerEngine.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function scenario(name: string): Scenario {
  const parsed = parseScenarioText(readFileSync(`${root}scenarios/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${name}.json is invalid`);
  return { ...parsed.scenario, runs: 30 };
}

/** The package paths an entry's bundle is made of (esbuild's metafile). */
function bundleInputs(entry: string, platform: 'node' | 'browser'): string[] {
  const esbuild = createRequire(`${root}package.json`)('esbuild') as typeof import('esbuild');
  const result = esbuild.buildSync({ entryPoints: [`${root}${entry}`], bundle: true, platform, format: 'esm', write: false, metafile: true, logLevel: 'silent', absWorkingDir: root, outdir: 'out' });
  return Object.keys(result.metafile.inputs);
}

describe('workerEngine', () => {
  it.each(['default', 'custom-formula', 'behaviour-selection-on'])('simulates %s exactly as the bound engine does', (name) => {
    const s = scenario(name);
    const a = simulateChunk(compileScenario(s), 1);
    const b = simulateInWorker(compileInWorker(s), 1);
    expect(b.metrics).toEqual(a.metrics);
    expect(b.providers.sums).toEqual(a.providers.sums);
    expect(b.providers.counts).toEqual(a.providers.counts);
  });

  it.each([['src/cli/nodeWorkerEntry.ts', 'node'], ['src/worker/browserWorker.ts', 'browser']] as const)('%s bundles without the schema library', (entry, platform) => {
    const inputs = bundleInputs(entry, platform);
    expect(inputs.some((p) => p.includes('src/core/simulate/simulateRun.ts'))).toBe(true);
    expect(inputs.filter((p) => /node_modules[/\\]zod[/\\]/.test(p))).toEqual([]);
  });
});
