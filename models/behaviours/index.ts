/**
 * Provider behaviour (docs/model.md, "Provider behaviour"): the scenario's `behaviour` section
 * has one record per behaviour, each switched off by default, so a scenario without the
 * section simulates exactly as before. The names are the format's (core/scenario/sections.ts).
 */
import type { BehaviourName } from '../../src/core/scenario/sections.js';
import type { ParamSpecs } from '../../src/core/model/ParamSpec.js';
import { effortSpecs } from './effort.js';
import { selectionSpecs } from './selection.js';
import { gamingSpecs } from './gaming.js';
import { multitaskingSpecs } from './multitasking.js';
import { participationSpecs } from './participation.js';

export { effortSpecs, selectionSpecs, gamingSpecs, multitaskingSpecs, participationSpecs };

export const behaviourSpecs = {
  effort: effortSpecs,
  selection: selectionSpecs,
  gaming: gamingSpecs,
  multitasking: multitaskingSpecs,
  participation: participationSpecs,
} as const satisfies Record<BehaviourName, ParamSpecs>;
export type { BehaviourName };
