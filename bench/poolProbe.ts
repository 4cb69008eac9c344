/**
 * One pool run in a process of its own, as the CLI would do it: `tsx bench/poolProbe.ts
 * <scenario path from the repository root, without .json> <runs> <workers>` prints {seconds, hash, maxRssMB}. A fresh process gives
 * every measurement a cold start and its own peak memory (the kernel's high-water mark of
 * resident memory, worker threads included), untouched by whatever the benchmark ran before.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText } from '../src/engine.js';
import { hashResult } from '../src/core/summarise/hashResult.js';
import { timeOnPool } from './timeOnPool.js';

export interface ProbeResult {
  seconds: number;
  hash: string;
  maxRssMB: number;
}

const [name, runs, workers] = process.argv.slice(2);
const path = fileURLToPath(new URL(`../${name}.json`, import.meta.url));
const parsed = parseScenarioText(readFileSync(path, 'utf8'));
if (!parsed.ok) throw new Error(`${name}.json is invalid`);
const { seconds, result } = await timeOnPool({ ...parsed.scenario, runs: Number(runs) }, Number(workers));
// maxRSS is in kilobytes.
const out: ProbeResult = { seconds, hash: hashResult(result), maxRssMB: process.resourceUsage().maxRSS / 1024 };
process.stdout.write(`${JSON.stringify(out)}\n`);
