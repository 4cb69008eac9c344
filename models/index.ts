/**
 * The model content the engine resolves names against: services, measures, payment rules and
 * the parameter specs of every scenario section. Everything here is data or a small
 * declarative module with Swedish and English labels and a source note.
 */
export { services } from './services/index.js';
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
export { behaviourSpecs, effortSpecs, selectionSpecs, gamingSpecs, multitaskingSpecs, type BehaviourName } from './behaviours/index.js';
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
