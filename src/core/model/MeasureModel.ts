import type { Text, ValuesOf } from './ParamSpec.js';
import type { MeasureKind, measureSpecs } from '../../../models/params/measure.js';

export type MeasureParams = ValuesOf<typeof measureSpecs>;

/** A named measure the contract can observe (the motion's four, the city's follow-up model). */
export interface MeasureModel {
  id: string;
  kind: MeasureKind;
  label: Text;
  /** The city's own wording of the measure or question, where there is one. */
  wording?: Text;
  explanation: Text;
  source: string;
  defaults: Partial<MeasureParams>;
}
