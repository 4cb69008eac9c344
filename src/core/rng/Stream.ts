/**
 * A seeded stream of uniform numbers.
 *
 * Seeding goes through seedrandom's alea (string seed → well-mixed state), and the numbers
 * come from sfc32 (Chris Doty-Humphrey's small fast counting generator, PractRand-clean).
 * Why sfc32: `npm run bench` (section "Generators") times each candidate alone in a fresh
 * thread; sfc32 and xoshiro128** tie within the noise, seedrandom's own generators are slower
 * (alea over twice as slow), and all pass test/core/rng/generators.test.ts. A switch would
 * change every result to save under 1 % of a client's cost, so the engine keeps sfc32.
 * `next` multiplies by 2^-32 instead of dividing by 2^32: the same bits, a cheaper operation.
 *
 * A stream is identified by (seed, run, part): results never depend on how runs are split
 * across workers, and adding a model part never shifts the draws of another. Within a stream,
 * common random numbers need a fixed number of draws per referral whatever happens to it: the
 * kernel draws five cohort uniforms per referral, and from `measure` the uniforms its measure
 * kind uses plus one for the risk model (4 binary, 7 rating, 4 assessment; see
 * simulate/Admission), never fewer for a client who is not measured or more when risk
 * adjustment is on. So a design and its baseline with the same measure see the same clients
 * and the same measurement noise, referral by referral; designs with different measure kinds
 * share the clients but not the measurement noise.
 */
import alea from 'seedrandom/lib/alea.js';

const TWO_POW_NEG_32 = 2 ** -32;

export class Stream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(key: string) {
    const seeder = alea(key);
    this.a = seeder.int32() | 0;
    this.b = seeder.int32() | 0;
    this.c = seeder.int32() | 0;
    this.d = 1;
    // Discard the first outputs so the state is well mixed (as sfc32's author recommends).
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    let a = this.a, b = this.b, c = this.c, d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t >>> 0;
  }

  /** Uniform in the open interval (0, 1): never 0 or 1, so inverse CDFs stay finite. */
  next(): number {
    return (this.nextUint32() + 0.5) * TWO_POW_NEG_32;
  }

  /**
   * The next n uniforms into out[0..n), exactly as n calls of `next` would give them. For hot
   * loops: one call instead of n keeps a kernel within V8's inlining budget, and the state
   * stays in registers while the block is drawn.
   */
  fill(out: Float64Array, n: number): void {
    let a = this.a, b = this.b, c = this.c, d = this.d;
    for (let i = 0; i < n; i++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      out[i] = ((t >>> 0) + 0.5) * TWO_POW_NEG_32;
    }
    this.a = a; this.b = b; this.c = c; this.d = d;
  }
}

/** The stream for one model part of one run. */
export function streamFor(seed: number, run: number, part: string): Stream {
  return new Stream(`${seed}|${run}|${part}`);
}
