/**
 * Messages between a pool and its workers. A job is one scenario: the pool sends it once
 * per worker (`load`), then asks for chunks one (or a few) at a time so faster workers take more.
 * Results travel as typed arrays (transferred, not copied).
 */
import type { CapturedRun, ChunkData, Scenario } from '../engine.js';
import type { PlanTask, PlanTaskData, PlanToWorker } from './planProtocol.js';
import type { FormulaErrorData } from '../core/formula/FormulaError.js';

export type ToWorker =
  | { type: 'load'; job: number; scenario: Scenario }
  | { type: 'chunk'; job: number; chunk: number }
  /** One run (0-based) simulated again in detail, period by period (core/simulate/captureRun). */
  | { type: 'capture'; job: number; scenario: Scenario; run: number }
  | PlanToWorker;

export type FromWorker =
  | { type: 'chunk'; job: number; data: ChunkData }
  | { type: 'capture'; job: number; data: CapturedRun }
  /** `name` is the error's class name (e.g. FormulaError), so the receiver can tell the user's input from a bug; `formula` lets the pool rebuild a FormulaError. */
  | { type: 'error'; job: number; message: string; name?: string; formula?: FormulaErrorData }
  | { type: 'plan-task'; job: number; task: PlanTask['id']; data: PlanTaskData };

/** The little a pool needs of a Web Worker or a Node worker thread. */
export interface WorkerLike {
  post(message: ToWorker): void;
  /** Replaces any earlier handler (a pool re-arms its workers for each job). */
  onMessage(handler: (message: FromWorker) => void): void;
  /** Replaces any earlier handler. */
  onError(handler: (error: Error) => void): void;
  terminate(): void;
}
