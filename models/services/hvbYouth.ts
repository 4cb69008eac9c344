import type { ServiceModel } from '../../src/core/model/ServiceModel.js';
import { SOURCES } from '../sources.js';

export const hvbYouth: ServiceModel = {
  id: 'hvbYouth',
  label: { sv: 'HVB för ungdomar', en: 'Residential care (HVB), youth' },
  explanation: {
    sv: 'Hem för vård eller boende för ungdomar 13–20 år; dygnsvård, i snitt drygt ett halvår.',
    en: 'Residential care homes (HVB) for youth aged 13–20; round-the-clock care, on average a little over six months.',
  },
  source: `Price: ${SOURCES.motala} (4,500 SEK/day on average). A pilot service of the city's follow-up model (${SOURCES.followUpModel}). The other figures are estimates; each parameter says why.`,
  defaults: {
    referralsPerProviderMonth: 1.1, episodeMedianMonths: 6, episodeSdLog: 0.6,
    baselineLogOdds: -0.85, needSlope: 0.8, shareFemale: 0.4, capacity: 11,
    qualityMean: 0.6, qualitySd: 0.3, pricePerDay: 4500, costPerClientMonth: 100000, fixedCostPerMonth: 170000,
  },
  ageBands: [
    { id: '13-15', label: { sv: '13–15 år', en: '13–15 years' }, share: 0.35, logitShift: 0.1 },
    { id: '16-17', label: { sv: '16–17 år', en: '16–17 years' }, share: 0.5, logitShift: 0 },
    { id: '18-20', label: { sv: '18–20 år', en: '18–20 years' }, share: 0.15, logitShift: -0.2 },
  ],
};
