import { describe, expect, it } from 'vitest';
import { ProviderTotals, type SimulationResult } from '../../../src/engine.js';
import { Fnv1a64, hashResult } from '../../../src/core/summarise/hashResult.js';

const text = (s: string): string => {
  const h = new Fnv1a64();
  for (const b of new TextEncoder().encode(s)) h.byte(b);
  return h.hex();
};

function result(metrics: number[], sums: number[] = [1, 2], counts: number[] = [3, 4]): SimulationResult {
  const providers = new ProviderTotals(1);
  providers.sums.set(sums);
  providers.counts.set(counts);
  return { runs: 1, metrics: Float64Array.from(metrics), providers };
}

describe('Fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(text('')).toBe('cbf29ce484222325');
    expect(text('a')).toBe('af63dc4c8601ec8c');
    expect(text('foobar')).toBe('85944171f73967e8');
  });
});

describe('hashResult', () => {
  it('is the same for equal results and a 16-digit hex string', () => {
    expect(hashResult(result([1.5, NaN, -2]))).toBe(hashResult(result([1.5, NaN, -2])));
    expect(hashResult(result([1.5]))).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with the last bit of any number, with order, and with provider totals', () => {
    const base = hashResult(result([0.1, 0.2]));
    expect(hashResult(result([0.1, 0.2 + 2 ** -55]))).not.toBe(base);
    expect(hashResult(result([0.2, 0.1]))).not.toBe(base);
    expect(hashResult(result([0.1, 0.2], [1, 2.000000001]))).not.toBe(base);
    expect(hashResult(result([0.1, 0.2], [1, 2], [3, 5]))).not.toBe(base);
    expect(hashResult(result([0]))).not.toBe(hashResult(result([-0])));
  });

  it('treats every NaN alike, whatever its payload', () => {
    const other = new Float64Array(new BigUint64Array([0x7ff8000000000123n]).buffer)[0];
    expect(Number.isNaN(other)).toBe(true);
    expect(hashResult(result([other]))).toBe(hashResult(result([NaN])));
  });
});
