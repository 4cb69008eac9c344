/**
 * A provider's participation decision at a renewal, in closed form. Per payment period it
 * expects payment E with standard deviation SD from the rule (over the binomial spread of its
 * observed successes), cost `cost` and `clientDays` client-days. With a premium π per
 * client-day (paid on top of the rule, so it adds no risk), over a year (f = 12 / period
 * months periods, taken as independent) its certainty-equivalent margin is
 *   CE = f·(E + π·days − cost) − λ·√f·SD,
 * and it needs the reservation margin r of its revenue, r·f·(E + π·days). The premium that
 * restores it exactly is
 *   π = (r·E − (E − cost) + λ·SD/√f) / ((1 − r)·days).
 * None is needed when that is ≤ 0; a premium above the cap (a share of the per diem) cannot be
 * had, and the provider leaves.
 */
export interface PeriodOutlook {
  expectedPay: number;
  sdPay: number;
  cost: number;
  clientDays: number;
}

export interface ParticipationTerms {
  periodMonths: number;
  reservationMargin: number;
  riskAversion: number;
  /** Largest premium per client-day (maxPremiumShare × the per diem). */
  capPerDay: number;
}

export type ParticipationChoice = 'stay' | 'reprice' | 'exit';

export interface ParticipationDecision {
  choice: ParticipationChoice;
  /** Premium per client-day; 0 unless the provider re-prices. */
  premiumPerDay: number;
}

/** Premium per client-day that restores the reservation margin (≤ 0: none needed). */
export function neededPremium(o: PeriodOutlook, t: ParticipationTerms): number {
  if (!(o.clientDays > 0) || !(t.reservationMargin < 1)) return 0;
  const f = 12 / t.periodMonths;
  const shortfall = t.reservationMargin * o.expectedPay - (o.expectedPay - o.cost) + (t.riskAversion * o.sdPay) / Math.sqrt(f);
  return shortfall / ((1 - t.reservationMargin) * o.clientDays);
}

export function decideParticipation(o: PeriodOutlook, t: ParticipationTerms): ParticipationDecision {
  const premium = neededPremium(o, t);
  if (!(premium > 0)) return { choice: 'stay', premiumPerDay: 0 };
  if (premium > t.capPerDay) return { choice: 'exit', premiumPerDay: 0 };
  return { choice: 'reprice', premiumPerDay: premium };
}
