import type { MeasureModel } from '../../src/core/model/MeasureModel.js';
import { SOURCES } from '../sources.js';

export const ihfRating: MeasureModel = {
  id: 'ihfRating',
  kind: 'rating',
  label: { sv: 'Föräldrars och barns bedömning av IHF', en: "Parents' and children's rating of IHF" },
  wording: {
    sv: 'Föräldrars och barns bedömning av genomgången IHF-behandling.',
    en: "Parents' and children's rating of the completed IHF treatment.",
  },
  explanation: {
    sv: 'Enkät vid avslut; svarsbortfall som beror på utfallet, takeffekt och skattningsbrus.',
    en: 'A survey at discharge; non-response that depends on the outcome, a ceiling effect and rating noise.',
  },
  source: `${SOURCES.motion}, measure 3; response rate from ${SOURCES.skrSurvey}`,
  defaults: { validity: 0.8, otherwiseRate: 0.6, responseRate: 0.45, unhappyResponseRatio: 0.7, dontKnowShare: 0.08, ratingNoiseSd: 0.6, ceiling: 0.15, sexGap: 0.1, lagMonths: '0', reporter: 'provider' },
};
