/** The section and behaviour names, defined once in the engine's parameter interfaces. */
export { SECTION_NAMES, BEHAVIOUR_NAMES, type SectionName, type BehaviourName } from '../model/EngineParams.js';
