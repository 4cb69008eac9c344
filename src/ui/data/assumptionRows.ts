/**
 * The report's assumptions table: every setting either scenario sets (beyond the models'
 * defaults), side by side, labelled from the parameter specs, so a reader sees what differs.
 */
import type { Scenario } from '../../engine.js';
import type { ParamSpec } from '../../core/model/ParamSpec.js';
import { behaviourSpecs, measures, measureSpecs, paymentSpecs, rules, sectionSpecs, segmentSpecs, services } from '../../../models/index.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { unitLabel } from '../../i18n/unitLabel.js';
import { formatNumber } from '../../i18n/format.js';
import { TOP_LEVEL_SPECS, PROVIDERS_SPEC } from '../state/topLevelSpecs.js';
import { DIST_FIELDS, isDistribution } from '../state/distributions.js';

export interface AssumptionRow {
  label: string;
  baseline: string;
  design: string;
}

type Leaf = { label: string; text: string };

export function valueText(v: unknown, spec: ParamSpec | null, lang: Lang): string {
  if (v === undefined) return t(lang, 'modelDefault');
  if (typeof v === 'boolean') return t(lang, v ? 'yes' : 'no');
  if (typeof v === 'number') {
    const unit = spec?.kind === 'number' && spec.unit !== 'count' ? ` ${unitLabel(spec.unit, lang)}` : '';
    return `${formatNumber(v, lang, Number.isInteger(v) ? 0 : Math.min(4, String(v).split('.')[1]?.length ?? 2))}${unit}`;
  }
  if (typeof v === 'string') return spec?.kind === 'choice' ? spec.options.find((o) => o.value === v)?.label[lang] ?? v : v;
  if (isDistribution(v)) {
    const nums = DIST_FIELDS[v.dist].map((k) => `${t(lang, `d_${k}`)} ${formatNumber((v as unknown as Record<string, number>)[k], lang, 2)}`);
    return `${t(lang, `dist_${v.dist}`)}: ${nums.join(', ')}`;
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

/** The value in effect where a scenario leaves a setting unset: the model's default, else the spec's. */
function effectiveDefault(key: string, s: Scenario): { value: unknown; spec: ParamSpec | null } | null {
  const seg = /^segments\[(\d+)\]\.params\.(\w+)$/.exec(key);
  if (seg) {
    const spec = segmentSpecs[seg[2] as keyof typeof segmentSpecs];
    const service = services[s.segments[Number(seg[1])]?.service ?? ''];
    return spec ? { value: (service?.defaults as Record<string, unknown> | undefined)?.[seg[2]] ?? spec.default, spec } : null;
  }
  const m = /^measure\.params\.(\w+)$/.exec(key);
  if (m) {
    const spec = measureSpecs[m[1] as keyof typeof measureSpecs];
    return spec ? { value: (measures[s.measure.model]?.defaults as Record<string, unknown> | undefined)?.[m[1]] ?? spec.default, spec } : null;
  }
  const settings = /^payment\.settings\.(\w+)$/.exec(key);
  if (settings) {
    const spec = paymentSpecs[settings[1] as keyof typeof paymentSpecs];
    return spec ? { value: spec.default, spec } : null;
  }
  const section = /^(\w+)\.(\w+)$/.exec(key);
  if (section && section[1] in sectionSpecs) {
    const spec = (sectionSpecs as unknown as Record<string, Record<string, ParamSpec>>)[section[1]][section[2]];
    return spec ? { value: spec.default, spec } : null;
  }
  const behaviour = /^behaviour\.(\w+)\.(\w+)$/.exec(key);
  if (behaviour) {
    const spec = (behaviourSpecs as unknown as Record<string, Record<string, ParamSpec>>)[behaviour[1]]?.[behaviour[2]];
    return spec ? { value: spec.default, spec } : null;
  }
  return null;
}

/** Rows where the two scenarios differ in effect, plus the rule and measure (always shown). */
export function assumptionRows(baseline: Scenario, design: Scenario, lang: Lang): AssumptionRow[] {
  const a = leaves(baseline, lang);
  const b = leaves(design, lang);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const text = (side: Map<string, Leaf>, s: Scenario, k: string): string => {
    const own = side.get(k);
    if (own) return own.text;
    // A parameter of the other side's payment rule does not exist under this one.
    if (k.startsWith('payment.params.')) return t(lang, 'notApplicable');
    const d = effectiveDefault(k, s);
    return d ? valueText(d.value, d.spec, lang) : valueText(undefined, null, lang);
  };
  return keys
    .map((k) => ({ k, label: (b.get(k) ?? a.get(k))!.label, baseline: text(a, baseline, k), design: text(b, design, k) }))
    .filter((r) => r.k === 'payment.rule' || r.k === 'measure.model' || r.baseline !== r.design)
    .map(({ label, baseline: x, design: y }) => ({ label, baseline: x, design: y }));
}
