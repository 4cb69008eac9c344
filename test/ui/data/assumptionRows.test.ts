import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine.js';
import { assumptionRows } from '../../../src/ui/data/assumptionRows.js';
import { defaultScenario } from '../../../src/ui/state/scenarioLibrary.js';

const base: Scenario = { ...defaultScenario(), payment: { rule: 'perDiem' } };

describe('assumptionRows', () => {
  it('lists what differs in effect, plus the rule and the measure', () => {
    const design: Scenario = { ...base, payment: { rule: 'withhold', params: { withholdShare: 0.2 }, settings: { period: 'quarter' } }, followUp: { extraMinutes: 30 } };
    const rows = assumptionRows(base, design, 'sv');
    const labels = rows.map((r) => r.label);
    expect(labels).toContain('Ersättningsmodell');
    expect(labels).toContain('Mått som avtalet följer');
    expect(labels).toContain('Innehållen andel');
    expect(rows.find((r) => r.label === 'Innehållen andel')?.baseline).toBe('gäller inte');
    expect(rows.find((r) => r.label === 'Extra minuter per uppföljning')).toEqual({ label: 'Extra minuter per uppföljning', baseline: '0 minuter', design: '30 minuter' });
    // "quarter" is the default period: setting it explicitly changes nothing, so it is not listed.
    expect(labels).not.toContain('Betalningsperiod');
  });
  it('compares a segment parameter with the service\'s own default', () => {
    const price = base.segments[0].params?.pricePerDay;
    const design: Scenario = { ...base, segments: [{ ...base.segments[0], params: { ...base.segments[0].params, pricePerDay: 5000 } }] };
    const row = assumptionRows(base, design, 'en').find((r) => r.label === 'Price per day');
    expect(row?.design).toBe('5,000 SEK per day');
    expect(row?.baseline).toMatch(/SEK per day$/);
    expect(price).not.toBe(5000);
  });
});
