/**
 * Provider behaviour (docs/model.md, "Provider behaviour"): the scenario's `behaviour` section
 * has one record per behaviour, each switched off by default, so a scenario without the
 * section simulates exactly as before.
 */
import { effortSpecs } from './effort.js';
import { selectionSpecs } from './selection.js';
import { gamingSpecs } from './gaming.js';
import { multitaskingSpecs } from './multitasking.js';

export { effortSpecs, selectionSpecs, gamingSpecs, multitaskingSpecs };

export const behaviourSpecs = {
  effort: effortSpecs,
  selection: selectionSpecs,
  gaming: gamingSpecs,
  multitasking: multitaskingSpecs,
} as const;
export type BehaviourName = keyof typeof behaviourSpecs;
