/**
 * Test helpers shared by the fuzz and the hostile-input runners: simulate a valid scenario for
 * a few runs (with a work budget, so a mutated scenario cannot hang the suite), and find every
 * number in an output that is not finite. Outputs may say "not measurable" only as null with
 * a count n of the runs that were measurable, never as NaN or Infinity.
 */
import { compare, compileScenario, isMetricId, metricDefinition, simulateScenario, summarise, type Difference, type Scenario, type Summary } from '../../src/engine.js';
import { estimateResources } from '../../src/core/validate/estimateResources.js';

export interface BriefResult {
  summary: Summary;
  /** Paired differences against the same scenario paid by per diem. */
  differences: Record<string, Difference>;
}

/** Work a fuzz case may take: referrals and provider-months over its runs. */
export const BRIEF_BUDGET = { referrals: 400_000, providerMonths: 400_000 } as const;

/** Simulate `runs` runs of a scenario and of its per-diem baseline; null when over the budget. */
export function simulateBriefly(s: Scenario, runs: number): BriefResult | null {
  const design = compileScenario({ ...s, runs });
  const estimate = estimateResources(design);
  const months = Number(design.sections.care.warmUpMonths) + design.horizonMonths;
  if (estimate.referrals > BRIEF_BUDGET.referrals || runs * design.providerCount * months > BRIEF_BUDGET.providerMonths) return null;
  const baseline = compileScenario({ ...s, runs, payment: { rule: 'perDiem', settings: s.payment.settings } });
  const designResult = simulateScenario(design);
  const baselineResult = simulateScenario(baseline);
  return { summary: summarise(design, designResult), differences: compare({ horizonMonths: design.horizonMonths, result: designResult }, { horizonMonths: baseline.horizonMonths, result: baselineResult }) };
}

/** JSON-style paths of every number in `value` that is NaN or ±Infinity (iterative: any depth). */
export function nonFinitePaths(value: unknown): string[] {
  const found: string[] = [];
  const stack: Array<{ v: unknown; at: string }> = [{ v: value, at: '$' }];
  while (stack.length) {
    const { v, at } = stack.pop()!;
    if (typeof v === 'number') { if (!Number.isFinite(v)) found.push(`${at} = ${v}`); continue; }
    if (typeof v !== 'object' || v === null) continue;
    if (ArrayBuffer.isView(v)) {
      const xs = v as unknown as ArrayLike<number>;
      for (let i = 0; i < xs.length; i++) if (!Number.isFinite(xs[i])) found.push(`${at}[${i}] = ${xs[i]}`);
      continue;
    }
    for (const [k, child] of Object.entries(v)) stack.push({ v: child, at: Array.isArray(v) ? `${at}[${k}]` : `${at}.${k}` });
  }
  return found;
}

/**
 * Consistency of "not measurable": a description's statistics are all null exactly when no
 * run was measurable (n = 0), and n never exceeds the runs.
 */
export function measurabilityProblems(summary: Summary): string[] {
  const problems: string[] = [];
  for (const [id, d] of Object.entries(summary.metrics)) {
    // A ratio metric's mean is the ratio of totals: undefined when the total denominator is not
    // positive even if some runs had a ratio (attributable outcomes negative overall).
    const pooled = isMetricId(id) && metricDefinition(id).ratio !== undefined;
    const stats = pooled ? [d.sd, d.p05, d.p50, d.p95] : [d.mean, d.sd, d.se, d.p05, d.p50, d.p95];
    if (d.n === 0 && stats.some((x) => x !== null)) problems.push(`${id}: n = 0 but a statistic is not null`);
    if (d.n > 0 && stats.some((x) => x === null)) problems.push(`${id}: n = ${d.n} but a statistic is null`);
    if (!Number.isInteger(d.n) || d.n < 0 || d.n > summary.runs) problems.push(`${id}: n = ${d.n} with ${summary.runs} runs`);
  }
  return problems;
}
