/**
 * The scenario's own top-level numbers (runs, seed, horizon, markets) described like model parameters,
 * with the bounds the scenario format enforces, so the editor treats them like any other field.
 */
import { LIMITS } from '../../engine.js';
import type { NumberSpec } from '../../core/model/ParamSpec.js';
import { editorText } from '../../i18n/strings/editorText.js';

export const TOP_LEVEL_SPECS: Readonly<Record<'runs' | 'seed' | 'horizonMonths' | 'markets', NumberSpec>> = {
  runs: { kind: 'number', label: editorText.runsLabel, explanation: editorText.runsHelp, unit: 'count', min: 1, max: LIMITS.maxRuns, default: 1000, integer: true, uncertain: false },
  seed: { kind: 'number', label: editorText.seedLabel, explanation: editorText.seedHelp, unit: 'count', min: 0, max: LIMITS.maxSeed, default: 1, integer: true, uncertain: false },
  horizonMonths: { kind: 'number', label: editorText.horizonLabel, explanation: editorText.horizonHelp, unit: 'months', min: 1, max: LIMITS.maxHorizonMonths, default: 36, integer: true, uncertain: false },
  // The scenario format's bounds for `markets` (1 to 1000); more markets than runs count as one per run.
  markets: { kind: 'number', label: editorText.marketsLabel, explanation: editorText.marketsHelp, unit: 'count', min: 1, max: 1000, default: 1, integer: true, uncertain: false },
};

export const PROVIDERS_SPEC: NumberSpec = {
  kind: 'number', label: editorText.providersLabel, explanation: editorText.providersHelp, unit: 'count', min: 1, max: LIMITS.maxProvidersPerSegment, default: 40, integer: true, uncertain: false,
};
