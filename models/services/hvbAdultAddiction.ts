import type { ServiceModel } from '../../src/core/model/ServiceModel.js';
import { SOURCES } from '../sources.js';

export const hvbAdultAddiction: ServiceModel = {
  id: 'hvbAdultAddiction',
  label: { sv: 'HVB för vuxna med missbruk', en: 'Residential care (HVB), adult addiction' },
  explanation: {
    sv: 'Behandlingshem för vuxna med missbruk eller beroende; kortare placeringar än för ungdomar.',
    en: 'Treatment homes for adults with substance misuse; shorter stays than for youth.',
  },
  source: `A pilot service of the city's follow-up model (${SOURCES.followUpModel}). Price and costs are estimates.`,
  defaults: {
    referralsPerProviderMonth: 2, episodeMedianMonths: 4, episodeSdLog: 0.5,
    baselineLogOdds: -0.6, needSlope: 0.7, shareFemale: 0.3, capacity: 12,
    qualityMean: 0.5, qualitySd: 0.3, pricePerDay: 3000, costPerClientMonth: 64500, fixedCostPerMonth: 150000,
  },
  ageBands: [
    { id: '18-29', label: { sv: '18–29 år', en: '18–29 years' }, share: 0.35, logitShift: 0 },
    { id: '30-49', label: { sv: '30–49 år', en: '30–49 years' }, share: 0.45, logitShift: 0.1 },
    { id: '50+', label: { sv: '50 år och äldre', en: '50 years and older' }, share: 0.2, logitShift: -0.1 },
  ],
};
