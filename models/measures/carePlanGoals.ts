import type { MeasureModel } from '../../src/core/model/MeasureModel.js';
import { SOURCES } from '../sources.js';

export const carePlanGoals: MeasureModel = {
  id: 'carePlanGoals',
  kind: 'binary',
  label: { sv: 'Mål i genomförandeplanen', en: 'Care-plan goals reached' },
  wording: {
    sv: 'Andel i målgruppen som når målen i sin genomförandeplan i sin helhet eller delvis.',
    en: 'Share of the target group reaching the goals of their care plan fully or partly.',
  },
  explanation: {
    sv: 'Utföraren bedömer och rapporterar själv måluppfyllelsen; ”delvis” gör måttet generöst (låg specificitet).',
    en: 'The provider assesses and reports goal attainment itself; "partly" makes the measure lenient (low specificity).',
  },
  source: `${SOURCES.motion}, measure 2; sensitivity and specificity are estimates`,
  defaults: { validity: 0.75, otherwiseRate: 0.5, sensitivity: 0.95, specificity: 0.6, lagMonths: '0', reporter: 'provider' },
};
