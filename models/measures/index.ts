import type { MeasureModel } from '../../src/core/model/MeasureModel.js';
import { lowerIntervention } from './lowerIntervention.js';
import { carePlanGoals } from './carePlanGoals.js';
import { ihfRating } from './ihfRating.js';
import { tfcoLighter } from './tfcoLighter.js';
import { followUpAssessment } from './followUpAssessment.js';
import { clientChange } from './clientChange.js';

/** The catalogue of measures a scenario can name. */
export const measures: Readonly<Record<string, MeasureModel>> = {
  lowerIntervention, carePlanGoals, ihfRating, tfcoLighter, followUpAssessment, clientChange,
};
