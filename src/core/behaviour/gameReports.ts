/**
 * Gaming at settlement, per provider and period, where providers report the measure: each
 * provider reports a share θ of its period's failures as successes, θ = strength × (what one
 * more reported success pays − the expected sanction of a false report) / 100,000 SEK, capped;
 * the misreports are binomial draws from the run's `gaming` stream. Then the municipality
 * audits a sample of reports; a false report is found with the detection probability and
 * sanctioned. What one more success pays comes from the rule itself (the rule probe, others
 * at their honest figures), so a cliff near the target or a steep bonus invites more.
 */
import type { PaymentRule } from '../model/PaymentRule.js';
import { binomialDraw } from '../rng/binomialInverse.js';
import type { Stream } from '../rng/Stream.js';
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { RunParams } from '../compile/drawRunParams.js';
import type { PeriodInputs } from '../model/PaymentRule.js';
import type { SettlementSettings } from '../settle/settlementRules.js';
import type { RunState } from '../state/RunState.js';
import type { BehaviourState } from './BehaviourState.js';

/** What gaming reads of the period being settled (the settlement's context satisfies it). */
export interface SettlementView {
  c: CompiledScenario;
  P: RunParams;
  s: RunState;
  b: BehaviourState;
  inputs: PeriodInputs | null;
  settings: SettlementSettings;
}
import { RuleProbe } from './RuleProbe.js';

/** Net gain per false report at which the propensity is quoted (SEK). */
export const GAIN_SCALE = 100_000;

export interface GamingContext {
  stream: Stream;
  probe: RuleProbe;
  /** Sanctions of the current segment's providers this period. */
  sanctions: Float64Array;
}

export function gamingContext(stream: Stream, size: number): GamingContext {
  return { stream, probe: new RuleProbe(size), sanctions: new Float64Array(size) };
}

export function gameReports(ctx: SettlementView, g: GamingContext, offset: number, q: number, reference: number): void {
  const { c, P, s, b } = ctx;
  const inputs = ctx.inputs!;
  const n = inputs.count;
  const gp = P.behaviour.gaming;
  const expectedSanction = gp.auditShare * gp.detection * gp.sanctionPerReport;
  const marginal = g.sanctions; // reused: first the marginal payment, then the sanctions
  marginal.fill(0, 0, n);
  if (gp.enabled) {
    const probe = g.probe;
    probe.believe(n, inputs.observedRate, inputs.measured, inputs.active, reference, ctx.settings, inputs.months);
    const cell = (k: number): number => (offset + k) * s.periods + q;
    for (let k = 0; k < n; k++) probe.setRow(k, inputs.clientMonths[k], inputs.base[k], inputs.measured[k], inputs.successes[k], s.expected[cell(k)]);
    const honest = Float64Array.from(probe.pay(c.rule as PaymentRule, P.rule).subarray(0, n));
    for (let k = 0; k < n; k++) probe.setRow(k, inputs.clientMonths[k], inputs.base[k], inputs.measured[k], inputs.successes[k] + 1, s.expected[cell(k)]);
    const more = probe.pay(c.rule as PaymentRule, P.rule);
    for (let k = 0; k < n; k++) marginal[k] = more[k] - honest[k];
  }
  for (let k = 0; k < n; k++) {
    const net = marginal[k] - expectedSanction;
    g.sanctions[k] = 0;
    if (!inputs.active[k] || inputs.measured[k] <= 0) continue;
    const share = gp.enabled ? Math.min(gp.maxShare, Math.max(0, (gp.strength * net) / GAIN_SCALE)) : 0;
    const failures = inputs.measured[k] - inputs.successes[k];
    // Always the same number of draws for a provider's failures, whatever the share.
    const misreported = binomialDraw(failures, share, g.stream);
    inputs.successes[k] += misreported;
    s.observed[(offset + k) * s.periods + q] += misreported;
    if (gp.auditShare <= 0) continue;
    const auditedFalse = binomialDraw(misreported, gp.auditShare, g.stream);
    const auditedTrue = binomialDraw(inputs.measured[k] - misreported, gp.auditShare, g.stream);
    const found = binomialDraw(auditedFalse, gp.detection, g.stream);
    b.auditedReports += auditedFalse + auditedTrue;
    g.sanctions[k] = found * gp.sanctionPerReport;
  }
}
