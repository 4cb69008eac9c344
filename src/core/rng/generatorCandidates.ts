/**
 * The generators measured against each other for Stream (`npm run bench`, section
 * "generators"; statistical checks in test/core/rng/generators.test.ts). Every candidate is
 * seeded from a string key through seedrandom, as Stream is, so any of them could replace
 * sfc32 without changing how streams are keyed. Only the benchmark and the tests import this
 * file; the engine uses Stream alone.
 */
import alea from 'seedrandom/lib/alea.js';
import tychei from 'seedrandom/lib/tychei.js';
import xor4096 from 'seedrandom/lib/xor4096.js';
import { Stream } from './Stream.js';

const TWO_POW_NEG_32 = 2 ** -32;

/** What the kernel needs of a generator. */
export interface UniformSource {
  nextUint32(): number;
  /** Uniform in (0, 1) for the engine's own generators; [0, 1) for seedrandom's. */
  next(): number;
}

/**
 * xoshiro128** 1.0 (Blackman and Vigna), 32-bit output, period 2^128 − 1, seeded with four
 * alea words (never all zero).
 */
export class Xoshiro128ss implements UniformSource {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(key: string | readonly [number, number, number, number]) {
    const words = typeof key === 'string' ? seedWords(key) : key;
    this.s0 = words[0] | 0; this.s1 = words[1] | 0; this.s2 = words[2] | 0; this.s3 = words[3] | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s3 = 1;
  }

  nextUint32(): number {
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result >>> 0;
  }

  next(): number {
    return (this.nextUint32() + 0.5) * TWO_POW_NEG_32;
  }
}

function seedWords(key: string): [number, number, number, number] {
  const a = alea(key);
  return [a.int32(), a.int32(), a.int32(), a.int32()];
}

/** One of seedrandom's own generators used directly: its `()` for next, its `int32` for words. */
class SeedrandomSource implements UniformSource {
  constructor(private readonly prng: { (): number; int32(): number }) {}
  nextUint32(): number {
    return this.prng.int32() >>> 0;
  }
  next(): number {
    return this.prng();
  }
}

export interface GeneratorCandidate {
  id: string;
  description: string;
  create(key: string): UniformSource;
}

export const GENERATOR_CANDIDATES: readonly GeneratorCandidate[] = [
  { id: 'sfc32', description: 'sfc32 seeded by alea (the engine\'s Stream)', create: (key) => new Stream(key) },
  { id: 'xoshiro128**', description: 'xoshiro128** seeded by alea', create: (key) => new Xoshiro128ss(key) },
  { id: 'alea', description: 'seedrandom alea', create: (key) => new SeedrandomSource(alea(key)) },
  { id: 'xor4096', description: 'seedrandom xor4096', create: (key) => new SeedrandomSource(xor4096(key)) },
  { id: 'tychei', description: 'seedrandom tychei', create: (key) => new SeedrandomSource(tychei(key)) },
];
