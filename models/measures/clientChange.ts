import type { MeasureModel } from '../../src/core/model/MeasureModel.js';
import { SOURCES } from '../sources.js';

export const clientChange: MeasureModel = {
  id: 'clientChange',
  kind: 'rating',
  label: { sv: 'Klientens upplevda förändring', en: "Client's perceived change" },
  wording: {
    sv: 'Om du tänker på det senaste året, hur har din situation förändrats tack vare stödet? (mycket bättre, något bättre, oförändrad, något sämre, mycket sämre, vet ej)',
    en: 'Thinking of the last year, how has your situation changed because of the support? (much better, somewhat better, unchanged, somewhat worse, much worse, don’t know)',
  },
  explanation: {
    sv: 'Fråga 4 vid stadens individuella uppföljning; ställs av socialsekreteraren, så svarsfrekvensen är hög, men ”vet ej” är vanligt.',
    en: "Question 4 at the city's individual follow-up; asked by the social worker, so response is high, but \"don't know\" is common.",
  },
  source: `${SOURCES.followUpModel}, question 4; ${SOURCES.skrSurvey}: the change question has the lowest share positive (2023)`,
  defaults: { validity: 0.75, otherwiseRate: 0.5, responseRate: 0.85, unhappyResponseRatio: 0.85, dontKnowShare: 0.15, ratingNoiseSd: 0.7, ceiling: 0.05, sexGap: 0.15, lagMonths: '0', reporter: 'socialWorker' },
};
