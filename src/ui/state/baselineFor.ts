/**
 * "Today's rules" for a design: the same market, cohort, measure, seed and runs, but paid by
 * the per diem. A design that names its `baseline` (a library scenario that differs only in
 * the payment rule) is compared with that one, run with the design's seed and runs; otherwise
 * the baseline is derived: per diem, with no extra follow-up time for the measurement and no
 * deeper follow-ups. The headline compares a design with this, on common random numbers, so
 * the difference is what the payment design changes, not the market.
 */
import type { Scenario } from '../../engine.js';
import { LIBRARY, type LibraryEntry } from './scenarioLibrary.js';

export const BASELINE_RULE = 'perDiem';

export function baselineFor(design: Scenario, library: readonly LibraryEntry[] = LIBRARY): Scenario {
  const named = design.baseline !== undefined ? library.find((e) => e.id === design.baseline)?.scenario : undefined;
  if (named) {
    const { baseline: _b, ...rest } = named;
    return { ...rest, seed: design.seed, runs: design.runs };
  }
  return derivedBaseline(design);
}

/** Today's per diem derived from the design itself (for a design without a library baseline). */
function derivedBaseline(design: Scenario): Scenario {
  const { extraMinutes: _e, providerReportingMinutes: _p, ...followUp } = design.followUp ?? {};
  const { inspection: _i, followUp: _f, payment, baseline: _b, ...rest } = design;
  return {
    ...rest,
    id: design.id.length <= 54 ? `${design.id}-baseline` : 'baseline',
    title: { sv: 'Dagens dygnsersättning', en: "Today's per diem" },
    payment: { rule: BASELINE_RULE, ...(payment.settings ? { settings: payment.settings } : {}) },
    ...(Object.keys(followUp).length ? { followUp } : {}),
  };
}

/** Does the design already pay and measure as today (so there is nothing to compare with)? */
export function isBaseline(design: Scenario): boolean {
  const base = derivedBaseline(design);
  return canonical({ ...design, id: base.id, title: base.title }) === canonical(base);
}

/** JSON with sorted keys, so key order does not make two equal scenarios look different. */
export function canonical(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
    }
    return v;
  });
}
