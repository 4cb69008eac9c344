import type { Text } from '../../src/core/model/ParamSpec.js';
import type { SegmentParams } from '../../src/core/model/ServiceModel.js';

type RangeKey = Exclude<keyof SegmentParams, 'caseMixSd'>;

/**
 * Plausible ranges of a service's segment defaults where they differ from the segment
 * parameters' own ranges (models/params/segment.ts, which are stated for HVB youth): a
 * sensitivity analysis of a segment takes `serviceRanges[service][key]` and falls back to the
 * parameter's `range`. Every figure here is an estimate; `reason` says on what it rests.
 */
export interface ServiceRanges {
  reason: Text;
  ranges: Partial<Record<RangeKey, readonly [number, number]>>;
}

export const serviceRanges: Readonly<Record<string, ServiceRanges>> = {
  hvbAdultAddiction: {
    reason: {
      sv: 'Uppskattningar kring tjänstens standardvärden: kortare placeringar och lägre pris än för ungdomar.',
      en: "Estimates around the service's defaults: shorter stays and a lower price than for youth.",
    },
    ranges: {
      referralsPerProviderMonth: [1, 3], episodeMedianMonths: [2, 8], episodeSdLog: [0.3, 0.9],
      baselineLogOdds: [-1.2, 0], needSlope: [0.3, 1.2], shareFemale: [0.2, 0.4], capacity: [6, 20],
      qualityMean: [0.2, 0.9], qualitySd: [0.1, 0.6], pricePerDay: [2000, 4500],
      costPerClientMonth: [55_000, 75_000], fixedCostPerMonth: [90_000, 220_000],
    },
  },
  familyTherapyIhf: {
    reason: {
      sv: 'Uppskattningar kring tjänstens standardvärden: öppenvård, priset omräknat till kronor per dygn.',
      en: "Estimates around the service's defaults: outpatient care, the price converted to SEK per day.",
    },
    ranges: {
      referralsPerProviderMonth: [1.5, 4], episodeMedianMonths: [3, 8], episodeSdLog: [0.2, 0.7],
      baselineLogOdds: [-1, 0.2], needSlope: [0.3, 1.5], shareFemale: [0.35, 0.55], capacity: [10, 30],
      qualityMean: [0.1, 0.8], qualitySd: [0.1, 0.5], pricePerDay: [500, 1500],
      costPerClientMonth: [15_000, 23_000], fixedCostPerMonth: [20_000, 70_000],
    },
  },
  tfco: {
    reason: {
      sv: 'Uppskattningar kring tjänstens standardvärden: få, långa placeringar i tränade familjehem; inget offentligt svenskt pris hittades.',
      en: "Estimates around the service's defaults: few, long placements with trained foster families; no public Swedish price was found.",
    },
    ranges: {
      referralsPerProviderMonth: [0.2, 1], episodeMedianMonths: [6, 12], episodeSdLog: [0.2, 0.6],
      baselineLogOdds: [-1.3, -0.1], needSlope: [0.3, 1.5], shareFemale: [0.3, 0.55], capacity: [4, 12],
      qualityMean: [0.3, 1.1], qualitySd: [0.1, 0.6], pricePerDay: [1800, 4000],
      costPerClientMonth: [48_000, 70_000], fixedCostPerMonth: [20_000, 60_000],
    },
  },
};
