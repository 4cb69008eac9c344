/**
 * "If providers do not respond" and "if providers respond", side by side: each design is run
 * once with every provider behaviour off and once with behaviours on — its own settings if it
 * has any on, otherwise every behaviour at its default strengths (a strength given as a
 * distribution stays one). In each column the baseline gets the same behaviour section as
 * the design, so the column's difference is the rule's effect under that assumption. Every
 * scenario runs once, on the baseline's seed and runs (common random numbers): a variant
 * equal to a scenario already in the batch reuses its job.
 */
import { BEHAVIOUR_NAMES, type Scenario } from '../../engine.js';
import type { BatchJob } from '../run/BatchRunner.js';
import { contentKey } from './designs.js';

export type Assumption = 'still' | 'respond';
export const ASSUMPTIONS: readonly Assumption[] = ['still', 'respond'];

/** The job keys of one column: the design variant and its baseline. */
export interface ResponseColumn {
  design: string;
  baseline: string;
}

export interface ResponsePair {
  /** The design's place among the comparison's designs. */
  designIndex: number;
  columns: Record<Assumption, ResponseColumn>;
}

export interface ComparisonPlan {
  jobs: BatchJob[];
  /** How many of the jobs are the comparison itself (baseline first, then the designs). */
  main: number;
  pairs: ResponsePair[];
}

/** Whether any provider behaviour is switched on. */
export function anyBehaviourOn(s: Scenario): boolean {
  return BEHAVIOUR_NAMES.some((n) => s.behaviour?.[n]?.enabled === true);
}

/** The scenario with every provider behaviour off (no behaviour section: each is off by default). */
export function withoutBehaviour(s: Scenario): Scenario {
  const { behaviour: _b, ...rest } = s;
  return rest;
}

/** The scenario with provider behaviours on: its own if any are on, otherwise all at their defaults. */
export function withBehaviour(s: Scenario): Scenario {
  if (anyBehaviourOn(s)) return s;
  const behaviour = Object.fromEntries(BEHAVIOUR_NAMES.map((n) => [n, { ...(s.behaviour?.[n] ?? {}), enabled: true }])) as NonNullable<Scenario['behaviour']>;
  return { ...s, behaviour };
}

/** The baseline with exactly the design variant's behaviour section. */
function sameBehaviour(baseline: Scenario, variant: Scenario): Scenario {
  const plain = withoutBehaviour(baseline);
  return variant.behaviour ? { ...plain, behaviour: variant.behaviour } : plain;
}

/** The comparison's jobs (baseline, designs on its seed and runs) and, if asked, each design's pair of columns. */
export function comparisonPlan(baseline: Scenario, designs: readonly Scenario[], responses: boolean): ComparisonPlan {
  const common = (s: Scenario): Scenario => ({ ...s, seed: baseline.seed, runs: baseline.runs });
  const jobs: BatchJob[] = [{ key: 'baseline', scenario: baseline }, ...designs.map((d, i) => ({ key: `design-${i}`, scenario: common(d) }))];
  const main = jobs.length;
  const byContent = new Map(jobs.map((j) => [contentKey(j.scenario), j.key]));
  const add = (s: Scenario): string => {
    const c = contentKey(s);
    const known = byContent.get(c);
    if (known) return known;
    const key = `variant-${jobs.length - main}`;
    jobs.push({ key, scenario: s });
    byContent.set(c, key);
    return key;
  };
  const pairs: ResponsePair[] = responses ? designs.map((d, designIndex) => {
    const column = (variant: Scenario): ResponseColumn => ({ design: add(common(variant)), baseline: add(sameBehaviour(baseline, variant)) });
    return { designIndex, columns: { still: column(withoutBehaviour(d)), respond: column(withBehaviour(d)) } };
  }) : [];
  return { jobs, main, pairs };
}
