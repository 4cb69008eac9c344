import { describe, expect, it } from 'vitest';
import { visibleKeys } from '../../../src/ui/state/switches.js';
import { effortSpecs, fallbackSpecs, paymentSpecs } from '../../../models/index.js';

describe('switched-off options hide their sub-fields', () => {
  it('shows only the switch of a behaviour that is off', () => {
    expect(visibleKeys(effortSpecs, undefined, Object.keys(effortSpecs))).toEqual(['enabled']);
    expect(visibleKeys(effortSpecs, { enabled: true }, Object.keys(effortSpecs))).toEqual(Object.keys(effortSpecs));
  });
  it('hides a cap and floor while limits are off, and the places of an unlimited fallback', () => {
    expect(visibleKeys(paymentSpecs, {}, Object.keys(paymentSpecs))).not.toContain('capShare');
    expect(visibleKeys(paymentSpecs, { limitsEnabled: true }, Object.keys(paymentSpecs))).toContain('floorShare');
    expect(visibleKeys(fallbackSpecs, {}, Object.keys(fallbackSpecs))).not.toContain('capacity');
  });
});
