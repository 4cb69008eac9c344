import type { MeasureModel } from '../../src/core/model/MeasureModel.js';
import { SOURCES } from '../sources.js';

export const tfcoLighter: MeasureModel = {
  id: 'tfcoLighter',
  kind: 'binary',
  label: { sv: 'Lägre intensiv insats efter TFCO', en: 'Lighter intervention after TFCO' },
  wording: {
    sv: 'Andel ungdomar som går till en lägre intensiv insats efter TFCO-placering (öppenvård).',
    en: 'Share of youth moving to a less intensive intervention (outpatient care) after a TFCO placement.',
  },
  explanation: {
    sv: 'Mäts sex månader efter avslut i socialtjänstens register; sena utfall kan hamna efter avtalsperioden.',
    en: "Measured six months after discharge in social services' records; late outcomes may fall after the contract period.",
  },
  source: `${SOURCES.motion}, measure 4; the six-month lag is an assumption`,
  defaults: { validity: 0.7, otherwiseRate: 0.4, sensitivity: 0.97, specificity: 0.97, lagMonths: '6', reporter: 'socialWorker' },
};
