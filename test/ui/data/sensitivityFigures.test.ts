import { describe, expect, it } from 'vitest';
import type { SensitivityResult } from '../../../src/core/sensitivity/runSensitivity.js';
import { tornadoFigure } from '../../../src/ui/data/sensitivityFigures.js';

const row = (path: string, metricLow: number, metricHigh: number) => ({ path, kind: 'estimate' as const, base: 1, low: 0, high: 2, metricLow, metricHigh, swing: Math.abs(metricHigh - metricLow) });

describe('tornadoFigure', () => {
  it('draws only the inputs that move the metric, keeps every input in the table, and counts the still ones in its sentence', () => {
    const r: SensitivityResult = { metric: 'purchaser.totalCost', inputs: 'all', base: 5e8, tornado: [row('a', 4e8, 6e8), row('b', 5e8, 5e8), row('c', 5e8, 5e8)] };
    const fig = tornadoFigure(r, 'en', false);
    const spec = fig.spec(640) as unknown as { layer: Array<{ data: { values: Array<{ input: string }> } }> };
    expect([...new Set(spec.layer[0].data.values.map((v) => v.input))]).toEqual(['a']);
    expect(fig.table.rows).toHaveLength(3);
    expect(fig.description).toMatch(/2 inputs do not move the metric/);
    const moving = tornadoFigure({ ...r, tornado: [row('a', 4e8, 6e8)] }, 'sv', false);
    expect(moving.description).not.toMatch(/ändrar inte måttet/);
  });
});
