/**
 * `npm run bench -- --quick --json` runs end to end and prints one JSON object. The report's
 * shape and figures are the benchmark's business, not a test's: only that the script runs.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('bench --quick --json', () => {
  it('runs and prints a JSON object', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/bench.ts', '--quick', '--json'], { cwd: root, maxBuffer: 1 << 20 });
    expect(typeof JSON.parse(stdout)).toBe('object');
  }, 300_000);
});
