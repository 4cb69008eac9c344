/**
 * What a valid scenario will cost to simulate, estimated before anything runs, so a scenario
 * that would hang a terminal or kill a tab is refused up front (README, "Limits"; issue "resource
 * limits"). Memory mirrors the typed arrays of RunState (O(providers × months)) and the
 * result tables; test/hostile checks the mirror against a real RunState.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { NumberSpec } from '../model/ParamSpec.js';
import { QUANTITY_COUNT } from '../metrics/metricCatalogue.js';
import { distributionMean } from '../rng/Distribution.js';
import { PROVIDER_FIELDS } from '../simulate/ProviderTotals.js';
import { CHUNK_RUNS } from '../simulate/simulateChunk.js';
import { LIMITS } from '../model/limits.js';
import type { ParamValue } from '../scenario/Scenario.js';
import { estimateWork, type WorkEstimate } from './estimateWork.js';

export interface ResourceEstimate {
  /** Expected referrals (simulated clients) over all runs. */
  referrals: number;
  /** Typed arrays of one run's state (RunState), in bytes. */
  runStateBytes: number;
  /** Estimated peak memory of the whole simulation, in bytes. */
  peakBytes: number;
  /** Estimated CPU time, by source of work (estimateWork). */
  work: WorkEstimate;
}

/** Headroom for the JavaScript objects and garbage around the typed arrays. */
const OVERHEAD = 1.25;
/** A provider's row in the page's summary (a plain object of ten fields). */
const SUMMARY_BYTES_PER_PROVIDER = 400;

/** A parameter's expected value; distributions are truncated to the bounds, so min(mean, max) bounds it. */
function expected(value: ParamValue, spec: NumberSpec): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'object') return Math.min(spec.max, Math.max(spec.min, distributionMean(value)));
  return spec.default;
}

/** Bytes of RunState's typed arrays for J providers (kept in step with RunState's constructor). */
export function runStateBytes(providers: number, months: number, periods: number): number {
  const perProvider = 15 * 8 + 2 * 1 + 2 * 4; // fifteen Float64, two Uint8, two Int32 arrays
  const calendar = providers * (months + 1) * 4 + (months + 1) * 4; // discharge calendars (Int32)
  const cells = (6 * 8 + 1) * providers * periods; // six Float64 provider × period tables and one Uint8
  const tallies = (4 + 6 + 4) * 8; // bySex, byNeed, measuredBySex
  return providers * perProvider + calendar + cells + tallies;
}

export function estimateResources(c: CompiledScenario): ResourceEstimate {
  const warmUp = Number(c.sections.care.warmUpMonths);
  const months = warmUp + c.horizonMonths;
  const periods = Math.ceil(c.horizonMonths / c.periodMonths);
  const J = c.providerCount;
  const largestSegment = Math.max(...c.segments.map((s) => s.providers));
  const rateSpec = c.catalogue.specs.segment.referralsPerProviderMonth as NumberSpec;
  const perRun = c.segments.reduce((sum, s) => sum + s.providers * expected(s.params.referralsPerProviderMonth, rateSpec) * months, 0);

  const state = runStateBytes(J, months, periods);
  // settlePeriod's scratch (eleven Float64 and two Uint8 per provider of the largest segment)
  // and writeRunMetrics' three per-provider lists.
  const scratch = largestSegment * (11 * 8 + 2) + J * 3 * 8;
  const totals = J * PROVIDER_FIELDS.length * 2 * 8;
  const chunkRows = Math.min(CHUNK_RUNS, c.runs) * QUANTITY_COUNT * 8;
  const workers = Math.min(LIMITS.maxWorkers, Math.ceil(c.runs / CHUNK_RUNS));
  const perWorker = (state + scratch) * OVERHEAD + totals + chunkRows;
  // The page keeps the assembled table, its copy in the result, two provider totals and the summary.
  const page = 2 * c.runs * QUANTITY_COUNT * 8 + 2 * totals + J * SUMMARY_BYTES_PER_PROVIDER;
  return { referrals: c.runs * perRun, runStateBytes: state, peakBytes: workers * perWorker + page, work: estimateWork(c) };
}
