/**
 * The model content the engine resolves names against: services, measures, payment rules and
 * the parameter specs of every scenario section. Everything here is data or a small
 * declarative module with Swedish and English labels and a source note.
 */
export { services } from './services/index.js';
export { serviceRanges } from './services/ranges.js';
export { measures } from './measures/index.js';
export { rules } from './rules/index.js';
export { careSpecs } from './params/care.js';
export { followUpSpecs } from './params/followUp.js';
export { riskAdjustmentSpecs } from './params/riskAdjustment.js';
export { flaggingSpecs } from './params/flagging.js';
export { inspectionSpecs } from './params/inspection.js';
export { fallbackSpecs } from './params/fallback.js';
export { segmentSpecs } from './params/segment.js';
export { measureSpecs, measureKindParams, type MeasureKind } from './params/measure.js';
export { paymentSpecs, periodMonths } from './params/payment.js';
export { behaviourSpecs, effortSpecs, selectionSpecs, gamingSpecs, multitaskingSpecs, participationSpecs, type BehaviourName } from './behaviours/index.js';
import type { SectionName } from '../src/core/scenario/sections.js';
import type { ParamSpecs } from '../src/core/model/ParamSpec.js';
import { careSpecs } from './params/care.js';
import { followUpSpecs } from './params/followUp.js';
import { riskAdjustmentSpecs } from './params/riskAdjustment.js';
import { flaggingSpecs } from './params/flagging.js';
import { inspectionSpecs } from './params/inspection.js';
import { fallbackSpecs } from './params/fallback.js';

/** The top-level scenario sections that are flat parameter records: exactly the names the format defines. */
export const sectionSpecs = {
  care: careSpecs,
  followUp: followUpSpecs,
  riskAdjustment: riskAdjustmentSpecs,
  flagging: flaggingSpecs,
  inspection: inspectionSpecs,
  fallback: fallbackSpecs,
} as const satisfies Record<SectionName, ParamSpecs>;
export type { SectionName };

import type { BehaviourParams, MeasureParams, PaymentSettings, SectionParams, SegmentParams } from '../src/core/model/EngineParams.js';
import type { ModelCatalogue } from '../src/core/model/ModelCatalogue.js';
import type { ValuesOf } from '../src/core/model/ParamSpec.js';
import { services } from './services/index.js';
import { serviceRanges } from './services/ranges.js';
import { measures } from './measures/index.js';
import { rules } from './rules/index.js';
import { segmentSpecs } from './params/segment.js';
import { measureSpecs, measureKindParams } from './params/measure.js';
import { paymentSpecs, periodMonths } from './params/payment.js';
import { behaviourSpecs, type BehaviourName } from './behaviours/index.js';

/** The catalogue handed to the engine by the CLI, the worker and the page. */
export const catalogue: ModelCatalogue = {
  services, measures, rules,
  specs: { segment: segmentSpecs, measure: measureSpecs, payment: paymentSpecs, sections: sectionSpecs, behaviours: behaviourSpecs },
  measureKindParams, periodMonths, serviceRanges,
};

/**
 * The specs give every parameter the engine reads, with the type it reads it as: a spec
 * renamed, removed or of the wrong kind is a compile error here.
 */
type Gives<Specs, Params> = Specs extends Params ? true : never;
const specsMatchEngine: [
  Gives<ValuesOf<typeof segmentSpecs>, SegmentParams>, Gives<ValuesOf<typeof measureSpecs>, MeasureParams>, Gives<ValuesOf<typeof paymentSpecs>, PaymentSettings>,
  Gives<{ [K in SectionName]: ValuesOf<(typeof sectionSpecs)[K]> }, SectionParams>, Gives<{ [K in BehaviourName]: ValuesOf<(typeof behaviourSpecs)[K]> }, BehaviourParams>,
] = [true, true, true, true, true];
void specsMatchEngine;
