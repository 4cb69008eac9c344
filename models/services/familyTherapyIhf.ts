import type { ServiceModel } from '../../src/core/model/ServiceModel.js';
import { SOURCES } from '../sources.js';

export const familyTherapyIhf: ServiceModel = {
  id: 'familyTherapyIhf',
  label: { sv: 'Intensiv familjebehandling (IHF)', en: 'Intensive family therapy (IHF)' },
  explanation: {
    sv: 'Öppenvård i hemmet för familjer; priset är omräknat till kronor per dygn för att kunna jämföras.',
    en: 'Home-based outpatient therapy for families; the price is converted to SEK per day so it can be compared.',
  },
  source: `Measure 3 of the motion concerns IHF (${SOURCES.motion}). Price and costs are estimates.`,
  defaults: {
    referralsPerProviderMonth: 2.5, episodeMedianMonths: 5, episodeSdLog: 0.4,
    baselineLogOdds: -0.4, needSlope: 0.8, shareFemale: 0.45, capacity: 18,
    qualityMean: 0.4, qualitySd: 0.25, pricePerDay: 800, costPerClientMonth: 18800, fixedCostPerMonth: 40000,
  },
  ageBands: [
    { id: '0-6', label: { sv: '0–6 år', en: '0–6 years' }, share: 0.25, logitShift: 0.1 },
    { id: '7-12', label: { sv: '7–12 år', en: '7–12 years' }, share: 0.4, logitShift: 0 },
    { id: '13-17', label: { sv: '13–17 år', en: '13–17 years' }, share: 0.35, logitShift: -0.15 },
  ],
};
