import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/engine.js';

const scenario = (over: object): unknown => ({
  schemaVersion: 1, id: 'b', title: { sv: 'b', en: 'b' }, seed: 1, runs: 1, horizonMonths: 12,
  segments: [{ service: 'hvbYouth', providers: 2 }], measure: { model: 'lowerIntervention' }, payment: { rule: 'perDiem' }, ...over,
});

function issues(over: object): Array<{ path: string; problem: string; allowed: string }> {
  const v = validateScenario(scenario(over));
  return v.ok ? [] : v.issues;
}

describe('the behaviour section and the social outcomes contract\'s parameters', () => {
  it('accepts every behaviour with its parameters', () => {
    expect(issues({
      behaviour: {
        effort: { enabled: true, maxGain: 0.5, costShare: { dist: 'uniform', min: 0.02, max: 0.08 }, levels: 11 },
        selection: { enabled: true, needNoiseSd: 0.5, penaltyPerDecline: 0 },
        gaming: { enabled: true, strength: 0.2, maxShare: 0.5, auditShare: 0.05, detection: 0.8, sanctionPerReport: 50000, minutesPerAudit: 60 },
        multitasking: { enabled: true, strength: 3, maxShift: 0.5, unmeasuredLogOdds: -0.4, unmeasuredNeedSlope: 0.8 },
      },
    })).toEqual([]);
  });

  it.each([
    [{ behaviour: { effort: { maxGain: 10 } } }, 'behaviour.effort.maxGain', 'found 10', 'a number from 0 to 3 (log-odds)'],
    [{ behaviour: { gaming: { sharee: 0.1 } } }, 'behaviour.gaming.sharee', 'unknown parameter "sharee"', '"auditShare"'],
    [{ behaviour: { selection: { enabled: 'yes' } } }, 'behaviour.selection.enabled', 'found "yes"', 'true or false'],
    [{ behaviour: { effort: { levels: 2.5 } } }, 'behaviour.effort.levels', 'not a whole number', 'a whole number'],
    [{ behaviour: { effort: { levels: { dist: 'uniform', min: 2, max: 5 } } } }, 'behaviour.effort.levels', 'found a distribution', 'a plain number'],
    [{ behaviour: { cheating: {} } }, 'behaviour.cheating', 'unknown field "cheating"', '"effort", "selection", "gaming", "multitasking"'],
    [{ payment: { rule: 'socialOutcomes', params: { baseline: 'yesterday' } } }, 'payment.params.baseline', 'found "yesterday"', '"comparisonGroup", "historical"'],
    [{ payment: { rule: 'socialOutcomes', params: { returnCap: -1 } } }, 'payment.params.returnCap', 'found -1', 'a number from 0 to 10 (share)'],
    [{ fallback: { capacity: -3 } }, 'fallback.capacity', 'found -3', 'a number from 0 to 100000 (count)'],
  ])('names the path and what is allowed (%#)', (over, path, problem, allowed) => {
    const found = issues(over).find((i) => i.path === path);
    expect(found, JSON.stringify(issues(over))).toBeDefined();
    expect(found!.problem).toContain(problem);
    expect(found!.allowed).toContain(allowed);
  });
});
