/**
 * The generator candidates of the benchmark (src/core/rng/generatorCandidates.ts), each held
 * to the same simple statistical checks, so the choice of Stream's generator is between
 * generators that all pass: uniform mean and variance, lag-1 serial correlation, a chi-square
 * of 64 equal buckets, and the balance of each of the 32 output bits. Tolerances are K standard
 * errors, widened for the family of assertions (familyK).
 */
import { describe, expect, it } from 'vitest';
import { GENERATOR_CANDIDATES, Xoshiro128ss, type UniformSource } from '../../../src/core/rng/generatorCandidates.js';
import { Stream } from '../../../src/core/rng/Stream.js';
import { expectWithinSE, familyK } from '../../support/monteCarlo.js';

const N = 200_000;
const BUCKETS = 64;
/** Assertions per candidate: mean, variance, lag-1, chi-square, 32 bits. */
const k = familyK(GENERATOR_CANDIDATES.length * (4 + 32));

function draws(source: UniformSource, n: number): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = source.next();
  return xs;
}

describe.each(GENERATOR_CANDIDATES.map((g) => [g.id, g] as const))('%s', (_id, candidate) => {
  it('repeats for the same key and differs for another', () => {
    expect(draws(candidate.create('a|1|cohort'), 50)).toEqual(draws(candidate.create('a|1|cohort'), 50));
    const other = draws(candidate.create('a|2|cohort'), 50);
    const ref = draws(candidate.create('a|1|cohort'), 50);
    expect(other.filter((x) => ref.includes(x)).length).toBe(0);
  });

  it('draws in [0, 1) with the mean and variance of a uniform', () => {
    const xs = draws(candidate.create('moments'), N);
    let sum = 0, ss = 0, outside = 0;
    for (const x of xs) {
      if (!(x >= 0 && x < 1)) outside++;
      sum += x;
    }
    expect(outside).toBe(0);
    const mean = sum / N;
    for (const x of xs) ss += (x - mean) ** 2;
    expectWithinSE('mean', mean, 1 / 2, Math.sqrt(1 / 12 / N), k);
    // Var(U) = 1/12 and μ4 = 1/80, so the sample variance has SE √((1/80 − 1/144)/N).
    expectWithinSE('variance', ss / (N - 1), 1 / 12, Math.sqrt((1 / 80 - 1 / 144) / N), k);
  });

  it('has no lag-1 serial correlation', () => {
    const xs = draws(candidate.create('serial'), N + 1);
    let cov = 0;
    for (let i = 0; i < N; i++) cov += (xs[i] - 0.5) * (xs[i + 1] - 0.5);
    // Each term has SD 1/12 under independence (and the terms are uncorrelated).
    expectWithinSE('lag-1 covariance', cov / N, 0, 1 / 12 / Math.sqrt(N), k);
  });

  it('fills 64 equal buckets as a chi-square with 63 degrees of freedom allows', () => {
    const counts = new Float64Array(BUCKETS);
    for (const x of draws(candidate.create('buckets'), N)) counts[Math.floor(x * BUCKETS)]++;
    const expected = N / BUCKETS;
    let chi2 = 0;
    for (const c of counts) chi2 += (c - expected) ** 2 / expected;
    // χ²(63): mean 63, SD √126; its normal approximation is close enough at 63 df for a K-SE check.
    expectWithinSE('chi-square', chi2, BUCKETS - 1, Math.sqrt(2 * (BUCKETS - 1)), k);
  });

  it('sets each of the 32 bits of its words half the time', () => {
    const source = candidate.create('bits');
    const ones = new Float64Array(32);
    for (let i = 0; i < N; i++) {
      const w = source.nextUint32();
      for (let b = 0; b < 32; b++) ones[b] += (w >>> b) & 1;
    }
    ones.forEach((count, b) => expectWithinSE(`bit ${b}`, count / N, 0.5, 0.5 / Math.sqrt(N), k));
  });
});

describe('Xoshiro128ss', () => {
  it('matches the reference C implementation (xoshiro128** 1.0) from a known state', () => {
    // Outputs of Blackman and Vigna's xoshiro128starstar.c with s = {1, 2, 3, 4}.
    const x = new Xoshiro128ss([1, 2, 3, 4]);
    const first = Array.from({ length: 10 }, () => x.nextUint32());
    expect(first).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]);
    for (let i = 0; i < 990; i++) x.nextUint32();
    expect(x.nextUint32()).toBe(136054147);
  });

  it('never starts from the all-zero state, which would stick at zero', () => {
    const x = new Xoshiro128ss([0, 0, 0, 0]);
    expect(Array.from({ length: 8 }, () => x.nextUint32()).some((w) => w !== 0)).toBe(true);
  });
});

describe('Stream.fill', () => {
  it('gives exactly the draws that as many calls of next would, and continues the same stream', () => {
    const one = new Stream('fill'), block = new Stream('fill');
    const expected = Array.from({ length: 20 }, () => one.next());
    const got = new Float64Array(20);
    block.fill(got.subarray(0, 7), 7);
    block.fill(got.subarray(7), 13);
    expect(Array.from(got)).toEqual(expected);
    expect(block.next()).toBe(one.next());
  });
});
