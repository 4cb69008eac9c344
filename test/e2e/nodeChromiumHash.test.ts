/**
 * Determinism across platforms: the page (Web Workers in Chromium) and Node (this test process)
 * simulate the default scenario to byte-identical results, compared by their fingerprint
 * (a 64-bit FNV-1a hash over every run's metrics and the provider totals).
 */
import { readFileSync } from 'node:fs';
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
});
