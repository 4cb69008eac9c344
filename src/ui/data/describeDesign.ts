/**
 * A design described from what it is — its payment rule and the rule's settings, the measure
 * and when it is taken, the payment period, the market and the provider behaviours switched
 * on — never from the story of the scenario it was made from, which stops being true at the
 * first edit.
 */
import type { Scenario } from '../../engine.js';
import type { ParamSpec } from '../../core/model/ParamSpec.js';
import { behaviourSpecs, measures, measureSpecs, paymentSpecs, rules, services } from '../../../models/index.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { formatNumber } from '../../i18n/format.js';
import { valueText } from './assumptionRows.js';

function choiceText(spec: ParamSpec, value: unknown, lang: Lang): string {
  const v = value ?? spec.default;
  return spec.kind === 'choice' ? spec.options.find((o) => o.value === v)?.label[lang] ?? String(v) : String(v);
}

export function describeDesign(s: Scenario, lang: Lang): string {
  const rule = rules[s.payment.rule];
  const ruleParams = Object.entries(s.payment.params ?? {})
    .filter(([k]) => rule?.params[k])
    .map(([k, v]) => `${rule!.params[k].label[lang].toLocaleLowerCase(lang)} ${valueText(v, rule!.params[k], lang)}`);
  const ruleText = `${rule?.label[lang] ?? s.payment.rule}${ruleParams.length ? ` (${ruleParams.join('; ')})` : ''}`;
  const measure = measures[s.measure.model]?.label[lang] ?? s.measure.model;
  const when = choiceText(measureSpecs.lagMonths, s.measure.params?.lagMonths, lang).toLocaleLowerCase(lang);
  const period = choiceText(paymentSpecs.period, s.payment.settings?.period, lang).toLocaleLowerCase(lang);
  const providers = s.segments.reduce((n, seg) => n + seg.providers, 0);
  const market = s.segments.map((seg) => services[seg.service]?.label[lang] ?? seg.service).join(', ');
  const on = (Object.keys(behaviourSpecs) as Array<keyof typeof behaviourSpecs>)
    .filter((name) => s.behaviour?.[name]?.enabled === true)
    .map((name) => behaviourSpecs[name].enabled.label[lang].toLocaleLowerCase(lang));
  return t(lang, 'designDescription', {
    rule: ruleText, measure, when, period,
    providers: formatNumber(providers, lang), market, months: s.horizonMonths,
    behaviour: on.length ? on.join(', ') : t(lang, 'noBehaviour'),
  });
}
