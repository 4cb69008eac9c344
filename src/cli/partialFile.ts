/**
 * The partial result a shard writes (`--shard k/n`) and `npm run merge` reads. A simulate
 * part carries its block of chunks exactly — per-run metrics and each chunk's provider
 * totals as the bytes of their float64 arrays, base64 — so merging adds them up in the same
 * chunk order as one process and the output is byte-identical. A sweep part carries its
 * points' finished reports (JSON numbers round-trip exactly).
 */
import { chunkFromData, validateScenario, type ChunkResult, type MetricId, type OutputBasis, type Scenario } from '../engine.js';
import type { Shard } from '../core/sweep/shard.js';
import type { Format } from './parseArgs.js';
import type { SweepPoint, SweepReport } from './sweepReport.js';

export const PARTIAL_VERSION = 1;

/** One chunk as text: base64 of the float64 bytes. */
export interface ChunkText {
  chunk: number;
  firstRun: number;
  runs: number;
  metrics: string;
  providerSums: string;
  providerCounts: string;
}

export interface SimulatePart {
  partial: 'simulate';
  version: number;
  shard: Shard;
  chunkTotal: number;
  format: Format;
  /** The report options of the command (what buildReport needs besides the runs). */
  report: { providers: boolean; basis: OutputBasis; smallest: Partial<Record<MetricId, number>> };
  scenario: Scenario;
  baseline?: Scenario;
  design: ChunkText[];
  baselineChunks?: ChunkText[];
}

export interface SweepPart {
  partial: 'sweep';
  version: number;
  shard: Shard;
  pointTotal: number;
  format: Format;
  header: Omit<SweepReport, 'points'>;
  /** The first point's index in the whole sweep. */
  firstPoint: number;
  points: SweepPoint[];
}

export type Part = SimulatePart | SweepPart;

const toBase64 = (a: Float64Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function fromBase64(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength % 8 !== 0) throw new Error('a chunk\'s numbers are not whole float64 values');
  const out = new Float64Array(bytes.byteLength / 8);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

export function chunkToText(c: ChunkResult): ChunkText {
  return { chunk: c.chunk, firstRun: c.firstRun, runs: c.runs, metrics: toBase64(c.metrics), providerSums: toBase64(c.providers.sums), providerCounts: toBase64(c.providers.counts) };
}

export function chunkFromText(t: ChunkText, providers: number): ChunkResult {
  return chunkFromData({ chunk: t.chunk, firstRun: t.firstRun, runs: t.runs, metrics: fromBase64(t.metrics), providerSums: fromBase64(t.providerSums), providerCounts: fromBase64(t.providerCounts) }, providers);
}

/** A part's scenario, validated again (a part file is input like any other). */
export function partScenario(s: unknown): Scenario {
  const checked = validateScenario(s);
  if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.problem}`).join('; '));
  return checked.scenario;
}
