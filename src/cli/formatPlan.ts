/**
 * The plan as JSON (the contract: `windows[].roc[]`, `sampleSize.formula/simulation.perProvider`,
 * `sampleSize.months`, the pilot's sentences), as `;`-separated CSV (one ROC table, then after
 * an empty line one sample-size table) and as plain text for a terminal.
 */
import type { PlanResult } from '../core/plan/planPilot.js';
import { ENGINE } from '../engine.js';
import { plainNumber } from './plainNumber.js';
import { alignColumns } from './formatTable.js';

export function formatPlanJson(plan: PlanResult): string {
  return JSON.stringify({ engine: ENGINE, ...plan }, null, 2) + '\n';
}

const csvRow = (cells: ReadonlyArray<string | number | null>): string =>
  cells.map((v) => (typeof v === 'string' ? (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v) : plainNumber(v))).join(';');

export function formatPlanCsv(plan: PlanResult): string {
  const lines = [csvRow(['scenario', 'seed', 'runs', 'window', 'months', 'threshold', 'falseFlagRate', 'missRate', 'precision'])];
  for (const w of plan.windows) {
    for (const p of w.roc) lines.push(csvRow([plan.scenario.id, plan.seed, plan.runs, w.window, w.months, p.threshold, p.falseFlagRate, p.missRate, p.precision]));
  }
  lines.push('');
  lines.push(csvRow(['scenario', 'service', 'benchmark', 'deficientTrueRate', 'deficientRecorded', 'measuredPerMonth', 'method', 'perProvider', 'months']));
  for (const s of plan.services) {
    const base = [plan.scenario.id, s.service, s.benchmark, s.deficientTrueRate, s.deficientRecorded, s.measuredPerMonth];
    lines.push(csvRow([...base, 'formula', s.formula.perProvider, s.formula.months]));
    lines.push(csvRow([...base, 'formulaOnRecordedGap', s.formulaOnRecordedGap.perProvider, s.formulaOnRecordedGap.months]));
    lines.push(csvRow([...base, 'simulation', s.simulation.perProvider, s.simulation.months]));
  }
  return lines.join('\n') + '\n';
}

const pct = (x: number | null): string => (x === null ? '–' : `${(100 * x).toFixed(1)} %`);
const whole = (x: number | null): string => (x === null ? '–' : String(x));

export function formatPlanTable(plan: PlanResult): string {
  const out: string[] = [];
  const st = plan.settings;
  out.push(`Pilot planner: ${plan.scenario.title.en} (${plan.scenario.id})`);
  out.push(`seed ${plan.seed}, ${plan.runs} runs; one-sided alpha ${st.alpha}, power ${st.power}; flag threshold z = ${st.zCritical}`);
  for (const s of plan.services) {
    out.push('');
    out.push(`Sample size, ${s.service}: benchmark ${pct(s.benchmark)} (recorded), a provider with true rate ${pct(s.deficientTrueRate)} instead of ${pct(s.trueRate)} records ${pct(s.deficientRecorded)}`);
    out.push(...alignColumns(['Method', 'Measured clients per provider', 'Months of a typical provider'], [
      ['formula (measure sees the true gap)', whole(s.formula.perProvider), whole(s.formula.months)],
      ['formula on the gap the measure records', whole(s.formulaOnRecordedGap.perProvider), whole(s.formulaOnRecordedGap.months)],
      [`simulation of the measure (${s.simulation.replicates} providers)`, s.simulation.perProvider === null ? `> ${s.simulation.nMax}` : String(s.simulation.perProvider), whole(s.simulation.months)],
      ['two groups (e.g. districts), per group', whole(s.twoGroups.perGroup), '–'],
    ], ['left', 'right', 'right']));
    out.push(`measured clients per provider-month: ${s.measuredPerMonth.toFixed(2)}; measured share of discharges: ${pct(s.countedShare)}`);
    out.push(s.sentence.en);
    for (const e of s.explanation) out.push(`- ${e.en}`);
  }
  out.push('');
  out.push('Judging windows (first service): measured clients of a typical provider and power to flag the provider above');
  out.push(...alignColumns(['Window', 'Months', 'Clients', 'Power (formula)', 'Power (simulation)', `Wrong flags at z=${st.zCritical}`, 'Missed', 'Precision'],
    plan.windows.map((w) => [w.window, String(w.months), String(w.measuredPerProvider), pct(w.power.formula), pct(w.power.simulation), pct(w.atThreshold.falseFlagRate), pct(w.atThreshold.missRate), pct(w.atThreshold.precision)]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right']));
  for (const w of plan.windows) {
    out.push('');
    out.push(`ROC, window ${w.window} (whole scenario, ${plan.runs} runs)`);
    out.push(...alignColumns(['z threshold', 'Wrong flags (acceptable)', 'Missed (deficient)', 'Precision'],
      w.roc.map((p) => [p.threshold.toFixed(3), pct(p.falseFlagRate), pct(p.missRate), pct(p.precision)]), ['right', 'right', 'right', 'right']));
  }
  out.push('');
  out.push(`What a pilot of this size (${plan.pilot.providers} providers, ${plan.pilot.months} months) can show:`);
  for (const t of plan.pilot.canShow) out.push(`- ${t.en}`);
  out.push('What it cannot show:');
  for (const t of plan.pilot.cannotShow) out.push(`- ${t.en}`);
  return out.join('\n') + '\n';
}
