/** The output formats every command writes. */
export const FORMATS = ['json', 'csv', 'table'] as const;
export type Format = (typeof FORMATS)[number];
