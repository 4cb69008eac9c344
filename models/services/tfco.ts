import type { ServiceModel } from '../../src/core/model/ServiceModel.js';
import { SOURCES } from '../sources.js';

export const tfco: ServiceModel = {
  id: 'tfco',
  label: { sv: 'Behandlingsfamilj (TFCO)', en: 'Treatment foster care (TFCO)' },
  explanation: {
    sv: 'Treatment Foster Care Oregon: placering i en tränad familjehem med behandlingsteam, ofta 9 månader.',
    en: 'Treatment Foster Care Oregon: placement with a trained foster family and a treatment team, often 9 months.',
  },
  source: `Measure 4 of the motion concerns TFCO (${SOURCES.motion}). Price and costs are estimates: no public Swedish TFCO price was found.`,
  defaults: {
    referralsPerProviderMonth: 0.5, episodeMedianMonths: 9, episodeSdLog: 0.35,
    baselineLogOdds: -0.7, needSlope: 0.8, shareFemale: 0.45, capacity: 7,
    qualityMean: 0.7, qualitySd: 0.3, pricePerDay: 2500, costPerClientMonth: 58500, fixedCostPerMonth: 38000,
  },
  ageBands: [
    { id: '12-14', label: { sv: '12–14 år', en: '12–14 years' }, share: 0.45, logitShift: 0.05 },
    { id: '15-18', label: { sv: '15–18 år', en: '15–18 years' }, share: 0.55, logitShift: 0 },
  ],
};
