/**
 * The names of the scenario's flat parameter sections and of the provider behaviours, in
 * the order the file format, the editor and the messages list them. This is their one
 * definition: the schema is built from it, the parameter specs in models/ must have exactly
 * these keys (a `satisfies` check there), and the editor's headings are typed from it.
 */
export const SECTION_NAMES = ['care', 'followUp', 'riskAdjustment', 'flagging', 'inspection', 'fallback'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export const BEHAVIOUR_NAMES = ['effort', 'selection', 'gaming', 'multitasking'] as const;
export type BehaviourName = (typeof BEHAVIOUR_NAMES)[number];
