/**
 * What a valid scenario will cost in CPU time, estimated before anything runs, source by
 * source, so work that would take hours is refused up front with a message naming what to
 * lower. Every source of work a run has is counted:
 *  - provider-months (the monthly loop, booking, settlement of every provider),
 *  - referrals (every referral is a simulated client),
 *  - the outcomes contract's comparison group (comparison clients drawn once per run),
 *  - the payment rule, once per provider and period (a custom formula by its own cost bound),
 *  - providers' behaviour: before the first period and after each settlement, every switched-on
 *    behaviour prices hypothetical periods through the rule probe (effort: levels × the spread
 *    of the binomial of measured clients; selection: 27 probes; multitasking: 3), and
 *    participation at each renewal (the spread of the binomial, once).
 * Unit costs are nanoseconds on the reference machine (one core of the 2-core test machine,
 * Node 20), set above what bench/worstCase.ts measures for the worst accepted scenarios.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { ParamValue } from '../scenario/Scenario.js';
import { distributionMean } from '../rng/Distribution.js';

export type { WorkEstimate, WorkSource } from '../issues/workSources.js';
import type { WorkEstimate, WorkSource } from '../issues/workSources.js';

/** Nanoseconds per unit of work on the reference machine (1.3 to 3 times what bench/worstCase.ts measures). */
export const WORK_NS = {
  /** A run's fixed work: drawing its parameters, laying out its state, writing its metrics. */
  run: 200_000,
  providerMonth: 250,
  referral: 200,
  comparisonClient: 250,
  /** Settling one provider's period around the rule: flags, ranks, ledgers. */
  settlement: 60,
  /** One provider's payment by a built-in rule. */
  builtInRule: 20,
  /** The probe's bookkeeping around one hypothetical row. */
  probeRow: 30,
  /** A provider's expectation over clients' need (16 quadrature nodes) in a behaviour decision. */
  outlook: 700,
} as const;

/** Probe calls of the selection behaviour per decision: all accepted, none, and 24 bisection steps, and the reference. */
const SELECTION_PROBES = 27;
const SHIFT_PROBES = 3;

function numberOf(value: ParamValue | undefined, fallback: number): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && value !== null) return distributionMean(value);
  return fallback;
}

const on = (value: ParamValue | undefined): boolean => value === true;

export function estimateWork(c: CompiledScenario): WorkEstimate {
  const warmUp = numberOf(c.sections.care.warmUpMonths, 12);
  const months = warmUp + c.horizonMonths;
  const periods = Math.ceil(c.horizonMonths / c.periodMonths);
  const J = c.providerCount;
  const ruleNs = c.rule.costPerProviderNs ?? WORK_NS.builtInRule;
  const referralsPerRun = c.segments.reduce((sum, s) => sum + s.providers * Math.max(0, numberOf(s.params.referralsPerProviderMonth, 0)) * months, 0);

  const rule = c.ruleParams;
  const comparisonClients = c.outcomeContract && rule.baseline !== 'historical' ? numberOf(rule.comparisonGroupSize, 0) : 0;

  // Behaviour: decisions before the first period and after each settlement but the last.
  const b = c.behaviour;
  let probeRowsPerProvider = 0, outlooksPerProvider = 0;
  // Measured clients per provider and period: at most the discharges, about the referrals of the period.
  const rate = Math.max(...c.segments.map((s) => numberOf(s.params.referralsPerProviderMonth, 0)));
  const n = rate * c.periodMonths;
  // The binomial's weights above 1e-12 of the mode span about ±7.3 sd (sd ≤ √n / 2).
  const width = Math.min(n + 1, 7.5 * Math.sqrt(n) + 3);
  if (on(b.effort.enabled)) {
    const levels = numberOf(b.effort.levels, 11);
    probeRowsPerProvider += levels * width;
    outlooksPerProvider += levels;
  }
  if (on(b.multitasking.enabled)) probeRowsPerProvider += SHIFT_PROBES;
  if (on(b.selection.enabled)) { probeRowsPerProvider += SELECTION_PROBES; outlooksPerProvider += SELECTION_PROBES - 1; }
  const decisions = probeRowsPerProvider > 0 ? periods : 0;
  const renewals = on(b.participation.enabled) ? Math.ceil(c.horizonMonths / Math.max(1, numberOf(b.participation.renewalMonths, 24))) : 0;

  const ns = {
    providerMonths: WORK_NS.run + J * months * WORK_NS.providerMonth,
    referrals: referralsPerRun * WORK_NS.referral,
    comparisonGroup: comparisonClients * WORK_NS.comparisonClient,
    paymentRule: J * periods * (ruleNs + WORK_NS.settlement),
    behaviour: J * decisions * (probeRowsPerProvider * (ruleNs + WORK_NS.probeRow) + outlooksPerProvider * WORK_NS.outlook)
      + J * renewals * (width * (ruleNs + WORK_NS.probeRow) + WORK_NS.outlook),
  } satisfies Record<WorkSource, number>;
  const parts = (Object.keys(ns) as WorkSource[])
    .map((source) => ({ source, seconds: (c.runs * ns[source]) / 1e9 }))
    .sort((a, b2) => b2.seconds - a.seconds);
  return { seconds: parts.reduce((s, p) => s + p.seconds, 0), parts };
}
