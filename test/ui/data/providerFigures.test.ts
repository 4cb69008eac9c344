import { describe, expect, it } from 'vitest';
import type { ProviderSummary } from '../../../src/engine.js';
import { flagStatus, FLAGGED_AT } from '../../../src/ui/data/providerFigures.js';

const p = (deficient: number, flaggedShare: number): ProviderSummary => ({
  index: 0, segment: 0, service: 'hvbYouth', quality: 0, deficient, trueRate: 0.4, observedRate: 0.4, revenuePerYear: 1, margin: 0.1, flaggedShare, flaggedWronglyShare: deficient ? 0 : flaggedShare,
});

describe('flagStatus', () => {
  it('sorts providers into right, wrong, missed and fine at the flagging threshold', () => {
    expect(flagStatus(p(0, 0))).toBe('fine');
    expect(flagStatus(p(0, FLAGGED_AT))).toBe('wronglyFlagged');
    expect(flagStatus(p(1, FLAGGED_AT))).toBe('rightlyFlagged');
    expect(flagStatus(p(1, FLAGGED_AT / 2))).toBe('missed');
  });
});
