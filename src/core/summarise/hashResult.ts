/**
 * A stable fingerprint of a simulation result, so results computed in different places (1, 2
 * or 4 workers; Node and Chromium) can be compared by one short string. FNV-1a, 64-bit, over
 * the little-endian bytes of every number: the run count, the per-run metric table, then the
 * provider sums and counts. Equal hashes mean bit-identical numbers (up to the odd FNV
 * collision); every NaN hashes alike, because NaN payloads are not part of a result's meaning.
 */
import type { SimulationResult } from '../simulate/SimulationResult.js';

const PRIME_LOW = 0x1b3; // FNV-64 prime is 2^40 + 0x1b3

export class Fnv1a64 {
  // The 64-bit state as two 32-bit halves (JavaScript bit operations are 32-bit).
  private hi = 0xcbf29ce4;
  private lo = 0x84222325;
  private readonly view = new DataView(new ArrayBuffer(8));

  byte(b: number): void {
    const lo = (this.lo ^ b) >>> 0;
    // (hi·2^32 + lo) · (2^40 + 0x1b3) mod 2^64; every partial product stays below 2^53.
    const loProduct = lo * PRIME_LOW;
    const carry = Math.floor(loProduct / 0x100000000);
    this.lo = loProduct >>> 0;
    this.hi = (this.hi * PRIME_LOW + carry + ((lo << 8) >>> 0)) >>> 0;
  }

  number(x: number): void {
    this.view.setFloat64(0, x === x ? x : NaN, true);
    for (let i = 0; i < 8; i++) this.byte(this.view.getUint8(i));
  }

  numbers(xs: ArrayLike<number>): void {
    for (let i = 0; i < xs.length; i++) this.number(xs[i]);
  }

  hex(): string {
    return this.hi.toString(16).padStart(8, '0') + this.lo.toString(16).padStart(8, '0');
  }
}

export function hashResult(result: SimulationResult): string {
  const h = new Fnv1a64();
  h.number(result.runs);
  h.numbers(result.metrics);
  h.numbers(result.providers.sums);
  h.numbers(result.providers.counts);
  return h.hex();
}
