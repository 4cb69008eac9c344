import type { ServiceModel } from '../../src/core/model/ServiceModel.js';
import { hvbYouth } from './hvbYouth.js';
import { hvbAdultAddiction } from './hvbAdultAddiction.js';
import { familyTherapyIhf } from './familyTherapyIhf.js';
import { tfco } from './tfco.js';

/** The catalogue of services a scenario segment can name. */
export const services: Readonly<Record<string, ServiceModel>> = { hvbYouth, hvbAdultAddiction, familyTherapyIhf, tfco };
