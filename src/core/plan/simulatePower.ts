/**
 * Power by simulation of the scenario's own measure: clients of one provider are drawn one
 * by one — need (with the provider's own case mix), age band, sex, the true outcome, whether
 * the client is counted (non-response, "don't know") and what is recorded (validity, rater
 * noise, ceiling, gender bias: the measure's ObservationModel) — until `nMax` are measured,
 * and after each measured client the one-sided z-test against the benchmark is applied.
 * One path per simulated provider gives the whole power curve over n at once.
 *
 * Every draw comes from a stream keyed by (seed, provider replicate, 'plan:power' or
 * 'plan:null'), six uniforms a client, so results do not depend on how replicates are split
 * between workers: counts are summed, and sums of whole numbers are exact in any order.
 */
import { logistic } from '../rng/logistic.js';
import { normalQuantile } from '../rng/normalQuantile.js';
import { streamFor } from '../rng/Stream.js';
import type { TypicalProvider } from './typicalProvider.js';

export interface PowerCounts {
  /** Replicates in which the deficient provider is flagged after n measured clients, n = 0..nMax. */
  flaggedDeficient: Float64Array;
  /** The same for a typical provider (its false-flag rate; above alpha when case mix varies). */
  flaggedTypical: Float64Array;
  /** Clients discharged per measured client, summed over replicates of the deficient provider. */
  discharged: number;
  measured: number;
  replicates: number;
}

export interface PowerSetup {
  seed: number;
  provider: TypicalProvider;
  /** One-sided critical z (z₁₋α). */
  z: number;
  nMax: number;
  caseMixSd: number;
}

export function emptyPowerCounts(nMax: number): PowerCounts {
  return { flaggedDeficient: new Float64Array(nMax + 1), flaggedTypical: new Float64Array(nMax + 1), discharged: 0, measured: 0, replicates: 0 };
}

/** Adds replicates [from, to) to `out`. */
export function simulatePower(setup: PowerSetup, from: number, to: number, out: PowerCounts): PowerCounts {
  const { provider: tp } = setup;
  for (let i = from; i < to; i++) {
    const d = providerPath(setup, tp.deficientEffect, i, 'plan:power', out.flaggedDeficient);
    out.discharged += d;
    out.measured += setup.nMax;
    providerPath(setup, tp.effect, i, 'plan:null', out.flaggedTypical);
    out.replicates++;
  }
  return out;
}

export function mergePowerCounts(a: PowerCounts, b: PowerCounts): PowerCounts {
  for (let n = 0; n < a.flaggedDeficient.length; n++) { a.flaggedDeficient[n] += b.flaggedDeficient[n]; a.flaggedTypical[n] += b.flaggedTypical[n]; }
  a.discharged += b.discharged; a.measured += b.measured; a.replicates += b.replicates;
  return a;
}

const u = new Float64Array(6);

/** One provider's clients until nMax are measured; returns the clients discharged. */
function providerPath(setup: PowerSetup, effect: number, replicate: number, part: string, flagged: Float64Array): number {
  const { provider: tp, z, nMax } = setup;
  const { view, om } = tp;
  const b = tp.benchmark, sd0 = Math.sqrt(b * (1 - b));
  const stream = streamFor(setup.seed, replicate, part);
  const needMean = setup.caseMixSd * normalQuantile(stream.next());
  const bands = view.bandShare.length;
  const ct = om.countedGivenTrue, cg = om.countedGoodGivenTrue;
  let n = 0, x = 0, clients = 0;
  while (n < nMax) {
    stream.fill(u, 6);
    clients++;
    const need = needMean + tp.needScale * normalQuantile(u[0]);
    let band = 0, acc = view.bandShare[0];
    while (u[1] > acc && band < bands - 1) acc += view.bandShare[++band];
    const p = logistic(view.a0 - view.b * need + view.bandShift[band] + effect);
    const y = u[2] < p ? 1 : 0;
    if (u[3] >= ct[y]) continue;
    const female = u[4] < view.shareFemale ? 1 : 0;
    // Given counted: recorded good with P(counted and good | Y, sex) / P(counted | Y).
    if (u[5] < cg[2 * y + female] / ct[y]) x++;
    n++;
    if (x < n * b - z * sd0 * Math.sqrt(n)) flagged[n]++;
  }
  return clients;
}
