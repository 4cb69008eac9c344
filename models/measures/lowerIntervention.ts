import type { MeasureModel } from '../../src/core/model/MeasureModel.js';
import { SOURCES } from '../sources.js';

export const lowerIntervention: MeasureModel = {
  id: 'lowerIntervention',
  kind: 'binary',
  label: { sv: 'Lägre grad av insats', en: 'Lower level of intervention' },
  wording: {
    sv: 'Andel avslutade uppdrag som lett till lägre grad av insats.',
    en: 'Share of finished assignments that led to a lower level of intervention.',
  },
  explanation: {
    sv: 'Registreras av socialtjänsten vid avslut. Speglar också klientsammansättning och kommunens egna placeringsbeslut, därför begränsad validitet.',
    en: "Recorded by social services at discharge. Also reflects case mix and the municipality's own placement decisions, hence limited validity.",
  },
  source: `${SOURCES.motion}, measure 1; validity is an estimate`,
  defaults: { validity: 0.6, otherwiseRate: 0.35, sensitivity: 0.97, specificity: 0.97, lagMonths: '0', reporter: 'socialWorker' },
};
