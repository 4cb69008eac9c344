import type { Text } from './ParamSpec.js';
import type { SegmentParams } from './EngineParams.js';

export type { SegmentParams };

/** An age band; its logit shift moves the chance of a good outcome for clients in it. */
export interface AgeBand {
  id: string;
  label: Text;
  share: number;
  logitShift: number;
}

/** A service bought from providers (HVB youth, IHF, …): defaults for one market segment. */
export interface ServiceModel {
  id: string;
  label: Text;
  explanation: Text;
  source: string;
  defaults: Partial<SegmentParams>;
  ageBands: readonly AgeBand[];
}
