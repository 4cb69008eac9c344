import { num } from '../../src/core/model/ParamSpec.js';

/** The target observed rate several rules share. */
export const targetSpec = num({
  label: { sv: 'Målnivå', en: 'Target' },
  explanation: {
    sv: 'Den observerade andelen goda utfall som avtalet räknar som måluppfyllelse.',
    en: 'The observed share of good outcomes the contract counts as meeting the goal.',
  },
  unit: 'share', min: 0, max: 1, default: 0.5,
  estimate: {
    sv: 'Ett designval, inte ett faktum: nära den genomsnittliga observerade andelen.',
    en: 'A design choice, not a fact: near the average observed rate.',
  },
  range: [0.35, 0.65],
});
