/**
 * The parameters the engine reads, by name and type: what any model catalogue must provide
 * specs for (models/ checks its specs against these at compile time). The engine's mechanics
 * — referrals, measurement, settlement, inspection, behaviour — are written against these
 * interfaces, never against a particular catalogue.
 */
import type { ParamSpecs } from './ParamSpec.js';

export type MeasureKind = 'binary' | 'rating' | 'assessment';

/**
 * The names of the scenario's flat parameter sections and of the provider behaviours, in the
 * order the file format, the editor and the messages list them. This is their one definition:
 * the schema is built from it, the specs in models/ must have exactly these keys, and the
 * editor's headings are typed from it.
 */
export const SECTION_NAMES = ['care', 'followUp', 'riskAdjustment', 'flagging', 'inspection', 'fallback'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];
export const BEHAVIOUR_NAMES = ['effort', 'selection', 'gaming', 'multitasking', 'participation'] as const;
export type BehaviourName = (typeof BEHAVIOUR_NAMES)[number];

export interface SegmentParams {
  referralsPerProviderMonth: number;
  episodeMedianMonths: number;
  episodeSdLog: number;
  baselineLogOdds: number;
  needSlope: number;
  caseMixSd: number;
  shareFemale: number;
  capacity: number;
  qualityMean: number;
  qualitySd: number;
  /** How much more leniently this segment's social workers assess (src/core/measure/ObservationModel). */
  raterShift: number;
  pricePerDay: number;
  costPerClientMonth: number;
  fixedCostPerMonth: number;
}

export interface MeasureParams {
  validity: number;
  otherwiseRate: number;
  sensitivity: number;
  specificity: number;
  responseRate: number;
  unhappyResponseRatio: number;
  dontKnowShare: number;
  ratingNoiseSd: number;
  ceiling: number;
  sexGap: number;
  interRaterSd: number;
  genderBias: number;
  successLevel: "approved" | "veryGood";
  lagMonths: "0" | "6" | "12";
  reporter: "socialWorker" | "provider";
}

export interface PaymentSettings {
  period: "month" | "quarter" | "year";
  limitsEnabled: boolean;
  capShare: number;
  floorShare: number;
}

export interface CareParams {
  hoursPerClientMonth: number;
  doseResponse: "linear" | "concave";
  warmUpMonths: number;
}

export interface FollowUpParams {
  perClientYear: number;
  extraMinutes: number;
  shareFromCare: number;
  providerReportingMinutes: number;
  hourlyCost: number;
}

export interface RiskAdjustmentParams {
  enabled: boolean;
  needNoiseSd: number;
}

export interface FlaggingParams {
  zCritical: number;
  minClients: number;
  deficientQuantile: number;
  /** The judging window and what it is compared with (src/core/simulate/flagWindow). */
  window: 'period' | '12' | '24' | '36' | 'cumulative';
  reference: 'pooled' | 'benchmark';
  benchmarkRate: number;
}

export interface InspectionParams {
  enabled: boolean;
  auditsPerYear: number;
  hoursPerAudit: number;
  sensitivity: number;
  specificity: number;
  sanctionShare: number;
  terminateOnConfirmed: boolean;
  /** Months until a new provider takes over an ended contract. */
  procurementDelayMonths: number;
  advantageShare: number;
}

export interface FallbackParams {
  pricePerDay: number;
  quality: number;
  capacityLimited: boolean;
  capacity: number;
}

export interface EffortParams {
  enabled: boolean;
  maxGain: number;
  costShare: number;
  levels: number;
}

export interface SelectionParams {
  enabled: boolean;
  needNoiseSd: number;
  penaltyPerDecline: number;
}

export interface GamingParams {
  enabled: boolean;
  strength: number;
  maxShare: number;
  auditShare: number;
  detection: number;
  sanctionPerReport: number;
  minutesPerAudit: number;
}

export interface MultitaskingParams {
  enabled: boolean;
  strength: number;
  maxShift: number;
  unmeasuredLogOdds: number;
  unmeasuredNeedSlope: number;
}

/** Providers re-price or leave at each renewal, and the investor asks for a return (src/core/behaviour/Participation). */
export interface ParticipationParams {
  enabled: boolean;
  /** Months between contract renewals; the contract's start is the first. */
  renewalMonths: number;
  /** Certainty-equivalent margin a provider needs, as a share of its per-diem revenue. */
  reservationMargin: number;
  /** Kronor of expected margin a provider gives up per krona of standard deviation of its yearly margin. */
  riskAversion: number;
  /** Largest premium a provider may add, as a share of the per diem; needing more, it leaves. */
  maxPremiumShare: number;
  /** Yearly return the investor of an outcomes contract requires to invest. */
  investorHurdleRate: number;
}

export interface SectionParams {
  care: CareParams;
  followUp: FollowUpParams;
  riskAdjustment: RiskAdjustmentParams;
  flagging: FlaggingParams;
  inspection: InspectionParams;
  fallback: FallbackParams;
}

export interface BehaviourParams {
  effort: EffortParams;
  selection: SelectionParams;
  gaming: GamingParams;
  multitasking: MultitaskingParams;
  participation: ParticipationParams;
}

/** Specs for exactly the keys of a parameter interface. */
export type SpecsFor<T> = { readonly [K in keyof T]-?: ParamSpecs[string] };
