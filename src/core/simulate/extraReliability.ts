/**
 * Two more readings of a payment period's reliability, beside the one settlement books
 * (stable case mix as signal):
 * - quality alone as signal: R_q = var(τq) / (var(τ) + mean(τ(1 − τ)/n)), with τq a provider's
 *   true score over the whole client population (need N(0, 1), no case mix of its own), so the
 *   differences its case mix makes count as noise. With no case mix, R_q = R exactly.
 * - the risk-adjusted rate (with risk adjustment on): x = τ / e, e the mean expected rate of
 *   the provider's measured clients over the whole contract (over one period it would carry the
 *   period's chance case mix into the signal); R_a = var(x) / (var(x) + mean(τ(1 − τ)/(n e²))),
 *   booked when the run ends (`finish`).
 * Both are averaged over periods and segments with at least two measured providers, as R is.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { SegmentView } from '../behaviour/SegmentView.js';
import type { ObservationModel } from '../measure/ObservationModel.js';
import { qualityTrueScores } from './TrueScores.js';
import type { RunState } from '../state/RunState.js';

export class ExtraReliability {
  /** τq of every provider, for the period being booked. */
  private readonly tq: Float64Array;

  constructor(private readonly c: CompiledScenario, private readonly om: ObservationModel, private readonly views: readonly SegmentView[], private readonly riskAdjusted: boolean) {
    this.tq = new Float64Array(c.providerCount);
  }

  /** Book period q of every segment, after it was settled: quality alone as signal. */
  add(s: RunState, q: number): void {
    // τq is kept per compiled scenario across runs (simulate/TrueScores): with a fixed market it is the same every run.
    qualityTrueScores(this.c, this.om, this.views, s.effect, this.tq);
    const tqs = this.tq;
    for (const seg of this.c.segments) {
      let count = 0, meanT = 0, m2T = 0, meanQ = 0, m2Q = 0, noise = 0;
      for (let j = seg.offset; j < seg.offset + seg.providers; j++) {
        const cell = j * s.periods + q;
        const m = s.measured[cell];
        if (!s.settled[cell] || m <= 0) continue;
        const tau = s.trueScore[cell] / m;
        const tq = tqs[j];
        count++;
        const dT = tau - meanT; meanT += dT / count; m2T += dT * (tau - meanT);
        const dQ = tq - meanQ; meanQ += dQ / count; m2Q += dQ * (tq - meanQ);
        noise += (tau * (1 - tau)) / m;
      }
      if (count < 2) continue;
      const total = m2T / count + noise / count;
      if (total > 0) { s.reliabilityQualitySum += m2Q / count / total; s.reliabilityQualityPeriods++; }
    }
  }

  /** The risk-adjusted rate's reliability in every period, once the contract's expected rates are known. */
  finish(s: RunState): void {
    if (!this.riskAdjusted) return;
    const J = s.providers;
    const e = new Float64Array(J);
    for (let j = 0; j < J; j++) {
      let expected = 0, measured = 0;
      for (let q = 0; q < s.periods; q++) { const cell = j * s.periods + q; if (s.settled[cell]) { expected += s.expected[cell]; measured += s.measured[cell]; } }
      e[j] = measured > 0 ? expected / measured : NaN;
    }
    for (let q = 0; q < s.periods; q++) {
      for (const seg of this.c.segments) {
        let count = 0, mean = 0, m2 = 0, noise = 0;
        for (let j = seg.offset; j < seg.offset + seg.providers; j++) {
          const cell = j * s.periods + q;
          const m = s.measured[cell];
          if (!s.settled[cell] || m <= 0 || !(e[j] > 0)) continue;
          const tau = s.trueScore[cell] / m;
          const x = tau / e[j];
          count++;
          const d = x - mean; mean += d / count; m2 += d * (x - mean);
          noise += (tau * (1 - tau)) / (m * e[j] * e[j]);
        }
        if (count < 2) continue;
        const total = m2 / count + noise / count;
        if (total > 0) { s.reliabilityAdjustedSum += m2 / count / total; s.reliabilityAdjustedPeriods++; }
      }
    }
  }
}
