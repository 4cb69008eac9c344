/**
 * The settlement rules every payment period applies, in one place: the rate a rule sees
 * (raw, or risk-adjusted by indirect standardisation), the deviation test that flags a
 * provider, and the overall cap and floor. The engine's settlement (simulate/settlePeriod)
 * and the providers' "what would the rule pay me" probe (behaviour/RuleProbe) both call
 * these, so a provider optimises against the rule that actually pays it.
 */
import type { RunParams } from '../compile/drawRunParams.js';

export interface SettlementSettings {
  /** Length of the payment period in months. */
  months: number;
  riskAdjusted: boolean;
  zCritical: number;
  minClients: number;
  limitsEnabled: boolean;
  capShare: number;
  floorShare: number;
}

/** The settings of a run's settlement, built once per run and shared by settlement and probes. */
export function settlementSettings(P: Pick<RunParams, 'sections' | 'payment'>, months: number): SettlementSettings {
  return {
    months,
    riskAdjusted: Boolean(P.sections.riskAdjustment.enabled),
    zCritical: P.sections.flagging.zCritical,
    minClients: P.sections.flagging.minClients,
    limitsEnabled: Boolean(P.payment.limitsEnabled),
    capShare: P.payment.capShare,
    floorShare: P.payment.floorShare,
  };
}

/**
 * The rate a rule sees: successes / measured, or with risk adjustment (observed / expected) ×
 * the segment's reference rate. NaN without a measured client; raw where nothing is expected.
 */
export function ruleRate(successes: number, measured: number, expectedRate: number, riskAdjusted: boolean, reference: number): number {
  const raw = measured > 0 ? successes / measured : NaN;
  return riskAdjusted && measured > 0 && expectedRate > 0 ? (raw / expectedRate) * reference : raw;
}

/** Deviation of a provider's rate from the pooled rate in binomial standard errors. */
export function deviationZ(rate: number, pooled: number, measured: number): number {
  return (rate - pooled) / Math.sqrt((pooled * (1 - pooled)) / measured);
}

/** The pooled rate is usable for the deviation test only strictly between 0 and 1. */
export const testablePooledRate = (pooled: number): boolean => pooled > 0 && pooled < 1;

/** The overall cap and floor around what today's per diem would pay. */
export function limitPayment(paid: number, base: number, s: SettlementSettings): number {
  return s.limitsEnabled ? Math.min(base * (1 + s.capShare), Math.max(base * (1 - s.floorShare), paid)) : paid;
}
