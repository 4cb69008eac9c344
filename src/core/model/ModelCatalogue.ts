/**
 * What the engine is given to run a scenario: the model content — services, measures, payment
 * rules and the parameter specs of every section — the way a tax-benefit engine is given its
 * country package. The engine imports no catalogue; the CLI, the worker and the page pass the
 * one in models/ (or a test passes its own).
 */
import type { BehaviourName, BehaviourParams, MeasureKind, MeasureParams, PaymentSettings, SectionName, SectionParams, SegmentParams, SpecsFor } from './EngineParams.js';
import type { MeasureModel } from './MeasureModel.js';
import type { PaymentRule } from './PaymentRule.js';
import type { ServiceModel } from './ServiceModel.js';

export interface ModelCatalogue {
  services: Readonly<Record<string, ServiceModel>>;
  measures: Readonly<Record<string, MeasureModel>>;
  rules: Readonly<Record<string, PaymentRule>>;
  specs: {
    segment: SpecsFor<SegmentParams>;
    measure: SpecsFor<MeasureParams>;
    payment: SpecsFor<PaymentSettings>;
    sections: { readonly [K in SectionName]: SpecsFor<SectionParams[K]> };
    behaviours: { readonly [K in BehaviourName]: SpecsFor<BehaviourParams[K]> };
  };
  /** Which measure parameters apply to each kind of measure. */
  measureKindParams: Readonly<Record<MeasureKind, ReadonlyArray<keyof MeasureParams>>>;
  /** Months in each payment period. */
  periodMonths: Readonly<Record<PaymentSettings['period'], number>>;
  /**
   * Plausible ranges of a service's segment defaults where they differ from the segment
   * specs' own `range` (which are stated for one service): every figure is an estimate. The
   * tornado takes a segment parameter's ends from here first.
   */
  serviceRanges: Readonly<Record<string, { readonly ranges: Readonly<Partial<Record<keyof SegmentParams, readonly [number, number]>>> }>>;
}
