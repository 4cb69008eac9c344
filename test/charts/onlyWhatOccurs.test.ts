import { describe, expect, it } from 'vitest';
import { marginHistogram, marginStep } from '../../src/charts/marginHistogram.js';
import { trueVsObserved } from '../../src/charts/trueVsObserved.js';

const frameOf = { width: 600, title: 't', description: 'd' };

describe('charts show only what occurs', () => {
  it('margin bins are a round number of percentage points, so tick labels differ', () => {
    expect(marginStep([0.05, 0.15])).toBe(0.01);
    expect(marginStep([-0.5, 0.5])).toBe(0.1);
    expect(marginStep([0.1, 0.1001])).toBe(0.005);
  });
  it('the margin legend lists only loss or profit when only one occurs', () => {
    const spec = JSON.stringify(marginHistogram({ ...frameOf, rows: [{ provider: 1, margin: 0.1, status: 'vinst' }], lossLabel: 'förlust', profitLabel: 'vinst', xTitle: 'x', yTitle: 'y', legendTitle: 'l' }));
    expect(spec).toContain('"domain":["vinst"]');
  });
  it('the flag legend lists only the statuses that occur', () => {
    const labels = { fine: 'ok', wronglyFlagged: 'fel', rightlyFlagged: 'rätt', missed: 'missad' };
    const spec = JSON.stringify(trueVsObserved({ ...frameOf, points: [{ provider: 1, trueRate: 0.4, observedRate: 0.5, measured: 9, status: 'fine', flagged: 'nej' }], statusLabels: labels, xTitle: 'x', yTitle: 'y', legendTitle: 'l', providerTitle: 'p', measuredTitle: 'n', flaggedTitle: 'f' }));
    expect(spec).toContain('"domain":["ok"]');
    expect(spec).not.toContain('missad');
  });
});
