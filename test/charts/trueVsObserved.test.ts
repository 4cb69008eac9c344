import { describe, expect, it } from 'vitest';
import { trueVsObserved, type TrueVsObservedInput } from '../../src/charts/trueVsObserved.js';
import { compileClean } from './compileClean.js';

const input: TrueVsObservedInput = {
  width: 600, description: 'Sann mot observerad',
  points: [
    { provider: 1, trueRate: 0.5, observedRate: 0.45, measured: 11, status: 'fine', flagged: 'nej' },
    { provider: 2, trueRate: 0.48, observedRate: 0.2, measured: 5, status: 'wronglyFlagged', flagged: 'ja' },
    { provider: 3, trueRate: 0.2, observedRate: 0.22, measured: 14, status: 'rightlyFlagged', flagged: 'ja' },
    { provider: 4, trueRate: 0.25, observedRate: 0.4, measured: 3, status: 'missed', flagged: 'nej' },
  ],
  statusLabels: { fine: 'Godtagbar, inte flaggad', wronglyFlagged: 'Felaktigt flaggad', rightlyFlagged: 'Rätt flaggad', missed: 'Missad' },
  xTitle: 'Sann andel', yTitle: 'Observerad andel', legendTitle: 'Status', providerTitle: 'Utförare', measuredTitle: 'Mätta klienter', flaggedTitle: 'Flaggad den perioden',
};

describe('trueVsObserved', () => {
  it('compiles without warnings and does not mutate its input', () => {
    const before = structuredClone(input);
    expect(compileClean(trueVsObserved(input)).warnings).toEqual([]);
    expect(input).toEqual(before);
  });
  it('draws wrongly flagged providers larger than the rest', () => {
    const spec = trueVsObserved(input) as unknown as { layer: Array<{ data: { values: Array<{ status: string; size: number }> } }> };
    const pts = spec.layer[1].data.values;
    const wrong = pts.find((p) => p.status === 'wronglyFlagged')!;
    for (const p of pts) if (p !== wrong) expect(wrong.size).toBeGreaterThan(p.size);
  });
  it('gives each point its measured clients and flag in the tooltip, and one point per provider', () => {
    const spec = trueVsObserved(input) as unknown as { layer: Array<{ data: { values: Array<{ provider: number }> }; encoding: { tooltip: Array<{ field: string; title: string }> } }> };
    expect(spec.layer[1].data.values.map((v) => v.provider)).toEqual([1, 2, 3, 4]);
    const tooltip = spec.layer[1].encoding.tooltip;
    expect(tooltip.find((f) => f.field === 'measured')?.title).toBe('Mätta klienter');
    expect(tooltip.find((f) => f.field === 'flagged')?.title).toBe('Flaggad den perioden');
  });
  it('keeps the axes inside 0–100 % and square', () => {
    const spec = trueVsObserved(input) as unknown as { layer: Array<{ encoding: { x: { scale: { domain: number[] } }; y: { scale: { domain: number[] } } } }> };
    const { x, y } = spec.layer[1].encoding;
    expect(x.scale.domain).toEqual(y.scale.domain);
    expect(x.scale.domain[0]).toBeGreaterThanOrEqual(0);
    expect(x.scale.domain[1]).toBeLessThanOrEqual(1);
  });
});
