/**
 * The report's assumptions table: every setting either scenario sets (beyond the models'
 * defaults), side by side, labelled from the parameter specs, so a reader sees what differs.
 */
import type { Scenario } from '../../core/index.js';
import type { ParamSpec } from '../../core/model/ParamSpec.js';
import { behaviourSpecs, measures, measureSpecs, paymentSpecs, rules, sectionSpecs, segmentSpecs, services } from '../../../models/index.js';
import type { Lang } from '../../i18n/Lang.js';
import { t, type TextKey } from '../../i18n/t.js';
import { unitLabel } from '../../i18n/unitLabel.js';
import { formatNumber } from '../../i18n/format.js';
import { TOP_LEVEL_SPECS, PROVIDERS_SPEC } from '../state/topLevelSpecs.js';
import { isDistribution } from '../state/distributions.js';

export interface AssumptionRow {
  label: string;
  baseline: string;
  design: string;
}

type Leaf = { label: string; text: string };

function valueText(v: unknown, spec: ParamSpec | null, lang: Lang): string {
  if (v === undefined) return t(lang, 'modelDefault');
  if (typeof v === 'boolean') return t(lang, v ? 'yes' : 'no');
  if (typeof v === 'number') {
    const unit = spec?.kind === 'number' && spec.unit !== 'count' ? ` ${unitLabel(spec.unit, lang)}` : '';
    return `${formatNumber(v, lang, Number.isInteger(v) ? 0 : Math.min(4, String(v).split('.')[1]?.length ?? 2))}${unit}`;
  }
  if (typeof v === 'string') return spec?.kind === 'choice' ? spec.options.find((o) => o.value === v)?.label[lang] ?? v : v;
  if (isDistribution(v)) {
    const nums = Object.entries(v).filter(([k]) => k !== 'dist').map(([k, x]) => `${t(lang, `d_${k}` as TextKey)} ${formatNumber(x as number, lang, 2)}`);
    return `${t(lang, `dist_${v.dist}` as TextKey)}: ${nums.join(', ')}`;
  }
  return JSON.stringify(v);
}

function leaves(s: Scenario, lang: Lang): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const put = (key: string, label: string, v: unknown, spec: ParamSpec | null): void => { out.set(key, { label, text: valueText(v, spec, lang) }); };
  put('runs', TOP_LEVEL_SPECS.runs.label[lang], s.runs, TOP_LEVEL_SPECS.runs);
  put('horizonMonths', TOP_LEVEL_SPECS.horizonMonths.label[lang], s.horizonMonths, TOP_LEVEL_SPECS.horizonMonths);
  put('payment.rule', t(lang, 'ruleLabel'), rules[s.payment.rule]?.label[lang] ?? s.payment.rule, null);
  put('measure.model', t(lang, 'measureLabel'), measures[s.measure.model]?.label[lang] ?? s.measure.model, null);
  s.segments.forEach((seg, i) => {
    const n = s.segments.length > 1 ? ` (${i + 1})` : '';
    put(`segments[${i}].service`, `${t(lang, 'serviceLabel')}${n}`, services[seg.service]?.label[lang] ?? seg.service, null);
    put(`segments[${i}].providers`, `${PROVIDERS_SPEC.label[lang]}${n}`, seg.providers, PROVIDERS_SPEC);
    for (const [k, v] of Object.entries(seg.params ?? {})) put(`segments[${i}].params.${k}`, `${segmentSpecs[k as keyof typeof segmentSpecs]?.label[lang] ?? k}${n}`, v, segmentSpecs[k as keyof typeof segmentSpecs] ?? null);
  });
  for (const [k, v] of Object.entries(s.measure.params ?? {})) put(`measure.params.${k}`, measureSpecs[k as keyof typeof measureSpecs]?.label[lang] ?? k, v, measureSpecs[k as keyof typeof measureSpecs] ?? null);
  const ruleSpecs = rules[s.payment.rule]?.params ?? {};
  for (const [k, v] of Object.entries(s.payment.params ?? {})) put(`payment.params.${s.payment.rule}.${k}`, ruleSpecs[k]?.label[lang] ?? k, v, ruleSpecs[k] ?? null);
  for (const [k, v] of Object.entries(s.payment.settings ?? {})) put(`payment.settings.${k}`, paymentSpecs[k as keyof typeof paymentSpecs]?.label[lang] ?? k, v, paymentSpecs[k as keyof typeof paymentSpecs] ?? null);
  for (const [name, specs] of Object.entries(sectionSpecs)) {
    const values = (s as unknown as Record<string, Record<string, unknown> | undefined>)[name] ?? {};
    const all = specs as Readonly<Record<string, ParamSpec>>;
    for (const [k, v] of Object.entries(values)) put(`${name}.${k}`, all[k]?.label[lang] ?? k, v, all[k] ?? null);
  }
  for (const [name, specs] of Object.entries(behaviourSpecs)) {
    const values = (s.behaviour as Record<string, Record<string, unknown> | undefined> | undefined)?.[name] ?? {};
    const all = specs as Readonly<Record<string, ParamSpec>>;
    for (const [k, v] of Object.entries(values)) put(`behaviour.${name}.${k}`, all[k]?.label[lang] ?? k, v, all[k] ?? null);
  }
  return out;
}

/** Rows where the two scenarios differ, plus the rule and measure (always shown). */
export function assumptionRows(baseline: Scenario, design: Scenario, lang: Lang): AssumptionRow[] {
  const a = leaves(baseline, lang);
  const b = leaves(design, lang);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const unset = valueText(undefined, null, lang);
  return keys
    .filter((k) => k === 'payment.rule' || k === 'measure.model' || a.get(k)?.text !== b.get(k)?.text)
    .map((k) => ({ label: (b.get(k) ?? a.get(k))!.label, baseline: a.get(k)?.text ?? unset, design: b.get(k)?.text ?? unset }));
}
