/**
 * The pilot planner's messages: the page loads the scenario and the planner's options once
 * per worker, then hands out tasks — a block of whole-scenario runs for the ROC, or a block of
 * simulated providers for the power curve of one service — to whichever worker is free.
 * Counts come back as typed arrays and are summed (whole numbers: exact in any order).
 */
import type { Scenario } from '../engine.js';
import type { PlanOptions } from '../core/plan/planPilot.js';

export type PlanTask =
  | { id: number; kind: 'roc'; from: number; to: number }
  | { id: number; kind: 'power'; service: number; from: number; to: number };

export type PlanToWorker =
  | { type: 'plan-load'; job: number; scenario: Scenario; options: PlanOptions }
  | { type: 'plan-task'; job: number; task: PlanTask };

export type PlanTaskData =
  | { kind: 'roc'; tallies: Float64Array; measured: Float64Array; providerMonths: Float64Array; clientMonths: Float64Array; runs: number }
  | { kind: 'power'; service: number; flaggedDeficient: Float64Array; flaggedTypical: Float64Array; discharged: number; measured: number; replicates: number };
