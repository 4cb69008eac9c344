/** The engine's name and version, written into every output so results can be traced. */
export const ENGINE = { name: 'outcome-payment-workbench', version: '0.1.0' } as const;
