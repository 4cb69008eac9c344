import { num } from '../../src/core/model/ParamSpec.js';

/** The target observed rate several rules share. */
export const targetSpec = num({
  label: { sv: 'Målnivå', en: 'Target' },
  explanation: {
    sv: 'Den observerade andelen goda utfall som avtalet räknar som måluppfyllelse.',
    en: 'The observed share of good outcomes the contract counts as meeting the goal.',
  },
  unit: 'share', min: 0, max: 1, default: 0.5,
});
