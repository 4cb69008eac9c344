/**
 * Statistical health of the engine's samplers at many seeds: uniform streams, normals through
 * normalQuantile, the distributions of uncertain inputs (uniform, triangular, normal,
 * lognormal — the episode-length formula before rounding — and beta, whose draws go through
 * the private gamma sampler), Poisson referral counts and binomial counts.
 * Continuous: Kolmogorov–Smirnov; discrete: chi-square; every test at α = 0.001 (see
 * goodnessOfFit.ts for the Bonferroni note). Negative controls show each test can fail.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { binomialDraw } from '../../src/core/rng/binomialInverse.js';
import { sampleDistribution, type Distribution } from '../../src/core/rng/Distribution.js';
import { normalQuantile } from '../../src/core/rng/normalQuantile.js';
import { poissonDraw } from '../../src/core/rng/poissonInverse.js';
import { streamFor, type Stream } from '../../src/core/rng/Stream.js';
import { ALPHA, chiSquareDiscrete, chiSquareGrid, ksCritical, ksPValue, ksStatistic, type ChiSquare } from './goodnessOfFit.js';
import { betaCdf, binomialPmf, normalCdfReference, poissonPmf } from './referenceCdfs.js';

const SEEDS = Array.from({ length: 12 }, (_, i) => 1 + i * 7919);
const N = 20_000;
let tests = 0;
let smallestP = 1;

function draw(n: number, stream: Stream, f: (s: Stream) => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f(stream);
  return out;
}

function expectKs(sample: Float64Array, cdf: (x: number) => number): void {
  tests++;
  const d = ksStatistic(sample, cdf);
  smallestP = Math.min(smallestP, ksPValue(d, sample.length));
  expect(d).toBeLessThan(ksCritical(sample.length));
}

function expectChi(result: ChiSquare): void {
  tests++;
  expect(result.df).toBeGreaterThanOrEqual(1);
  expect(result.statistic).toBeLessThan(result.critical);
}

function cdfOf(d: Distribution): (x: number) => number {
  switch (d.dist) {
    case 'uniform': return (x) => Math.min(1, Math.max(0, (x - d.min) / (d.max - d.min)));
    case 'triangular': return (x) => {
      const { min: a, mode: c, max: b } = d;
      if (x <= a) return 0;
      if (x >= b) return 1;
      return x <= c ? ((x - a) ** 2) / ((b - a) * (c - a)) : 1 - ((b - x) ** 2) / ((b - a) * (b - c));
    };
    case 'normal': return (x) => normalCdfReference((x - d.mean) / d.sd);
    case 'lognormal': return (x) => (x <= 0 ? 0 : normalCdfReference(Math.log(x / d.median) / d.sdLog));
    case 'beta': return (x) => betaCdf(x, d.alpha, d.beta);
  }
}

afterAll(() => {
  console.info(`sampling health: ${tests} tests at α = ${ALPHA}; family-wise false-alarm bound ${(tests * ALPHA).toFixed(3)}; smallest KS p-value ${smallestP.toExponential(2)}`);
});

describe('uniform streams', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: (seed, run, part) streams are uniform`, () => {
      for (const [run, part] of [[0, 'cohort'], [999, 'referrals'], [123_456, 'param:segments[0].params.qualityMean']] as const) {
        expectKs(draw(N, streamFor(seed, run, part), (s) => s.next()), (x) => x);
      }
    });
    it(`seed ${seed}: consecutive draws and neighbouring runs are independent (10 × 10 grid)`, () => {
      const a = draw(2 * N, streamFor(seed, 0, 'cohort'), (s) => s.next());
      expectChi(chiSquareGrid(a.filter((_, i) => i % 2 === 0), a.filter((_, i) => i % 2 === 1), 10));
      const r0 = draw(N, streamFor(seed, 0, 'measure'), (s) => s.next());
      const r1 = draw(N, streamFor(seed, 1, 'measure'), (s) => s.next());
      expectChi(chiSquareGrid(r0, r1, 10));
      const other = draw(N, streamFor(seed, 0, 'cohort'), (s) => s.next());
      expectChi(chiSquareGrid(r0, other, 10));
    });
  }
});

describe('normals through normalQuantile', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => expectKs(draw(N, streamFor(seed, 3, 'cohort'), (s) => normalQuantile(s.next())), normalCdfReference));
  }
});

const DISTRIBUTIONS: Distribution[] = [
  { dist: 'uniform', min: 4000, max: 5000 },
  { dist: 'triangular', min: 0.8, mode: 1.1, max: 1.5 },
  { dist: 'triangular', min: 0, mode: 0, max: 1 },
  { dist: 'normal', mean: 0.6, sd: 0.3 },
  // The episode length before rounding: median 6 months, sdLog 0.6 (HVB youth), and a wide one.
  { dist: 'lognormal', median: 6, sdLog: 0.6 },
  { dist: 'lognormal', median: 100_000, sdLog: 2 },
  { dist: 'beta', alpha: 4, beta: 6 },
  { dist: 'beta', alpha: 0.5, beta: 0.5 },
  { dist: 'beta', alpha: 0.1, beta: 3 },
  { dist: 'beta', alpha: 1, beta: 1 },
  { dist: 'beta', alpha: 200, beta: 50 },
];

describe('distributions of uncertain inputs', () => {
  for (const d of DISTRIBUTIONS) {
    it(JSON.stringify(d), () => {
      const cdf = cdfOf(d);
      for (const seed of SEEDS.slice(0, 6)) expectKs(draw(N / 2, streamFor(seed, 7, `param:${d.dist}`), (s) => sampleDistribution(d, s)), cdf);
    });
  }
});

describe('Poisson referral counts', () => {
  // 0.1–200 use one uniform each; 750 and 2,000 are split into parts so exp(−mean) cannot underflow.
  for (const mean of [0.1, 1.1, 5, 30, 200, 750, 2000]) {
    it(`mean ${mean}`, () => {
      const n = mean > 500 ? 5000 : N;
      for (const seed of SEEDS.slice(0, 6)) expectChi(chiSquareDiscrete(draw(n, streamFor(seed, 0, 'referrals'), (s) => poissonDraw(mean, s)), poissonPmf(mean)));
    });
  }
});

describe('binomial counts', () => {
  for (const [n, p] of [[20, 0.45], [60, 0.05], [5, 0.9]] as const) {
    it(`Binomial(${n}, ${p})`, () => {
      for (const seed of SEEDS.slice(0, 6)) expectChi(chiSquareDiscrete(draw(N, streamFor(seed, 0, 'measure'), (s) => binomialDraw(n, p, s)), binomialPmf(n, p)));
    });
  }
});

describe('negative controls: the tests can fail', () => {
  it('KS rejects uniforms bent by u^1.1', () => {
    const sample = draw(N, streamFor(1, 0, 'control'), (s) => s.next() ** 1.1);
    expect(ksStatistic(sample, (x) => x)).toBeGreaterThan(ksCritical(N));
  });
  it('KS rejects a normal whose sd is 3 % too large', () => {
    const sample = draw(N * 5, streamFor(1, 0, 'control'), (s) => 1.03 * normalQuantile(s.next()));
    expect(ksStatistic(sample, normalCdfReference)).toBeGreaterThan(ksCritical(N * 5));
  });
  it('chi-square rejects Poisson(1.1) counts tested as Poisson(1.15)', () => {
    const r = chiSquareDiscrete(draw(N * 2, streamFor(1, 0, 'control'), (s) => poissonDraw(1.1, s)), poissonPmf(1.15));
    expect(r.statistic).toBeGreaterThan(r.critical);
  });
  it('the grid test rejects pairs that are not independent', () => {
    const xs = draw(N, streamFor(1, 0, 'control'), (s) => s.next());
    const ys = xs.map((x, i) => (i % 10 === 0 ? x : (x + 0.5 * (xs[(i + 1) % N] ?? 0)) % 1));
    const r = chiSquareGrid(xs, ys, 10);
    expect(r.statistic).toBeGreaterThan(r.critical);
  });
});
