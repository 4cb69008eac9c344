/**
 * Determinism across platforms: the page (Web Workers in Chromium) and Node (this test process)
 * simulate the default scenario to byte-identical results, compared by their fingerprint
 * (a 64-bit FNV-1a hash over every run's metrics and the provider totals). Then the engine
 * itself, bundled into a blank Chromium page: every shipped scenario (runs capped) and a formula
 * for each allowed function and operator over a grid of inputs give the fingerprints Node gives
 * (Math.pow differs in the last bit between Node 20 and Chromium; the engine's ports do not).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { allFingerprints } from './engineFingerprints.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileScenario, hashResult, parseScenarioText, simulateScenario } from '../../src/engine.js';
import { openApp, openSession, waitForResults, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

describe('Node and Chromium', () => {
  it('give the same result fingerprint for the default scenario and seed', async () => {
    const parsed = parseScenarioText(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('default scenario does not validate');
    const inNode = hashResult(simulateScenario(compileScenario(parsed.scenario)));
    await openApp(s.page);
    await waitForResults(s.page);
    const text = await s.page.getByTestId('result-hash').textContent();
    expect(text).toContain(inNode);
  });

  it('give the same fingerprints for every shipped scenario and for formulas using each allowed function', async () => {
    const dir = new URL('../../scenarios/', import.meta.url);
    const scenarios: Record<string, string> = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) scenarios[file] = readFileSync(new URL(file, dir), 'utf8');
    const MAX_RUNS = 30, INPUTS = 5000;
    const bundle = await build({ entryPoints: [new URL('./engineFingerprints.entry.ts', import.meta.url).pathname], bundle: true, format: 'iife', write: false, target: 'es2022', logLevel: 'warning' });
    await s.page.goto('about:blank');
    await s.page.addScriptTag({ content: bundle.outputFiles[0].text });
    const inChromium = await s.page.evaluate(([sc, runs, inputs]) => (globalThis as unknown as { allFingerprints: typeof allFingerprints }).allFingerprints(sc, runs, inputs), [scenarios, MAX_RUNS, INPUTS] as const);
    const inNode = allFingerprints(scenarios, MAX_RUNS, INPUTS);
    expect(Object.keys(inNode).length).toBeGreaterThan(30);
    expect(inChromium).toEqual(inNode);
  }, 240_000);
});
