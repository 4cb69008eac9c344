import type { MeasureModel } from '../../src/core/model/MeasureModel.js';
import { SOURCES } from '../sources.js';

export const followUpAssessment: MeasureModel = {
  id: 'followUpAssessment',
  kind: 'assessment',
  label: { sv: 'Socialsekreterarens samlade bedömning', en: "The social worker's overall assessment" },
  wording: {
    sv: 'Samlad bedömning i tre nivåer: bristfällig, godkänd, mycket bra – efter de fem frågorna till klienten vid individuell uppföljning.',
    en: 'Overall assessment in three levels: deficient, approved, very good – after the five questions to the client at an individual follow-up.',
  },
  explanation: {
    sv: 'Stadens förslag till uppföljningsmodell: bedömningarna sammanställs per utförare och tydligt avvikande utförare följs upp fördjupat.',
    en: "The city's proposed follow-up model: assessments are aggregated per provider and clearly deviating providers get a deeper follow-up.",
  },
  source: `${SOURCES.followUpModel}; inter-rater noise is an estimate`,
  defaults: { validity: 0.8, otherwiseRate: 0.5, interRaterSd: 0.35, genderBias: 0, successLevel: 'approved', lagMonths: '0' },
};
