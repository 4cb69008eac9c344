/**
 * The providers the sample size is about, in closed form: a typical provider of a segment
 * (quality at the segment's mean, average case mix) and a deficient one whose *true*
 * good-outcome rate is `d` points lower (or `k` times the typical rate), and what the
 * scenario's measure records for each (validity, rater noise, non-response, ceiling — the
 * measure's ObservationModel, by the same quadrature as the engine's true scores). The gap
 * the measure records is usually smaller than the true gap: that is why the textbook formula,
 * which assumes the measure sees the true outcome, asks for too few clients.
 */
import type { RunParams } from '../compile/drawRunParams.js';
import type { CompiledScenario } from '../compile/compileScenario.js';
import { observationModel, type ObservationModel } from '../measure/ObservationModel.js';
import { providerTrueScore } from '../measure/providerTrueScore.js';
import { segmentViews, type SegmentView } from '../behaviour/SegmentView.js';

export interface Difference {
  /** Points lower in the true good-outcome rate (0.1 = 10 points)… */
  difference?: number;
  /** …or a multiple of the typical provider's true rate (for rare events). */
  relative?: number;
}

export interface TypicalProvider {
  segment: number;
  service: string;
  /** Recorded-good rate among measured clients of the typical provider: the benchmark unless one is given. */
  benchmark: number;
  /** True good-outcome rates of the typical and the deficient provider. */
  trueRate: number;
  deficientTrueRate: number;
  /** What the measure records for the deficient provider. */
  deficientRecorded: number;
  /** Share of the typical provider's discharged clients who are measured (response, "don't know"). */
  countedShare: number;
  /** Provider effects (log-odds) behind the two providers. */
  effect: number;
  deficientEffect: number;
  view: SegmentView;
  om: ObservationModel;
  needScale: number;
}

/** Share of planned care actually delivered, as the engine computes it (simulate/simulateRun). */
export function careDose(P: RunParams): number {
  const care = P.sections.care, followUp = P.sections.followUp;
  const lostMinutes = (followUp.perClientYear / 12) * followUp.extraMinutes * followUp.shareFromCare + followUp.providerReportingMinutes;
  const delivered = Math.max(0, 1 - lostMinutes / 60 / care.hoursPerClientMonth);
  return care.doseResponse === 'concave' ? Math.sqrt(delivered) : delivered;
}

/** A measure that records the true outcome of every client (validity 1, no error, everyone counted). */
export function perfectMeasure(P: RunParams): ObservationModel {
  return observationModel('binary', { ...P.measure, validity: 1, sensitivity: 1, specificity: 1 });
}

/** Solves f(effect) = target for an increasing f by bisection on [−15, 15]; NaN when out of reach. */
function solve(f: (e: number) => number, target: number): number {
  let lo = -15, hi = 15;
  if (!(target >= f(lo) && target <= f(hi))) return NaN;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid; else hi = mid;
  }
  return (lo + hi) / 2;
}

export class PlanInputError extends Error {
  constructor(readonly field: string, readonly problem: string, readonly allowed: string) {
    super(`${field}: ${problem}; ${allowed}`);
  }
}

/**
 * The typical and the deficient provider of segment g. `benchmark` (recorded scale) moves the
 * typical provider to the quality whose recorded rate it is.
 */
export function typicalProvider(c: CompiledScenario, P: RunParams, g: number, d: Difference, benchmark?: number): TypicalProvider {
  const view = segmentViews(c, P, observationModel(c.measure.model.kind, P.measure), careDose(P))[g];
  // The segment's own model: its raters may assess differently (raterShift).
  const om = view.om;
  const perfect = perfectMeasure(P);
  const sp = P.segments[g];
  const needScale = Math.sqrt(1 - sp.caseMixSd * sp.caseMixSd);
  const recorded = (e: number): number => providerTrueScore(om, view, 0, needScale, e);
  const truth = (e: number): number => providerTrueScore(perfect, view, 0, needScale, e);
  let effect = view.expectedEffect;
  if (benchmark !== undefined) {
    effect = solve(recorded, benchmark);
    if (effect !== effect) {
      throw new PlanInputError('--benchmark', `${benchmark} cannot be recorded by this measure for ${c.segments[g].service.id}`,
        `a rate from ${recorded(-15).toFixed(3)} to ${recorded(15).toFixed(3)}`);
    }
  }
  const trueRate = truth(effect);
  const target = d.relative !== undefined ? d.relative * trueRate : trueRate - (d.difference ?? 0.1);
  const deficientEffect = solve(truth, target);
  if (deficientEffect !== deficientEffect) {
    const field = d.relative !== undefined ? '--relative' : '--difference';
    throw new PlanInputError(field, `a provider at ${target.toFixed(3)} is not a possible rate (the typical provider of ${c.segments[g].service.id} has ${trueRate.toFixed(3)})`,
      d.relative !== undefined ? `a multiple that keeps the rate between 0 and 1` : `a difference smaller than ${trueRate.toFixed(3)}`);
  }
  const ct = om.countedGivenTrue;
  return {
    segment: g,
    service: c.segments[g].service.id,
    benchmark: benchmark ?? recorded(effect),
    trueRate,
    deficientTrueRate: target,
    deficientRecorded: recorded(deficientEffect),
    countedShare: trueRate * ct[1] + (1 - trueRate) * ct[0],
    effect,
    deficientEffect,
    view,
    om,
    needScale,
  };
}
