import type { Text } from './ParamSpec.js';
import type { MeasureKind, MeasureParams } from './EngineParams.js';

export type { MeasureParams };

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
