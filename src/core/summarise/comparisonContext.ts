/**
 * What a comparison reader must know besides the numbers: every way two designs differ
 * besides the payment rule (a yearly design against a quarterly baseline looks worse at
 * measurement only because of its period), and which provider behaviours were switched on
 * (with all of them off, the design is assumed to change nothing in what providers do).
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import type { Text } from '../model/ParamSpec.js';
import type { ParamRecord, ParamValue } from '../scenario/Scenario.js';

export interface ComparisonWarning {
  /** Stable code: period, measure, measureParams, services, horizon, market, behaviour, section:<name>. */
  code: string;
  text: Text;
}

const same = (a: ParamValue | undefined, b: ParamValue | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);
const changedKeys = (a: ParamRecord, b: ParamRecord): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !same(a[k], b[k])).sort();
const list = (xs: readonly string[]): string => xs.join(', ');
const months = (n: number, lang: 'sv' | 'en'): string => (lang === 'sv' ? `${n} månader` : `${n} months`);
const PERIOD: Record<number, Text> = { 1: { sv: 'månadsvis', en: 'monthly' }, 3: { sv: 'kvartalsvis', en: 'quarterly' }, 12: { sv: 'årsvis', en: 'yearly' } };

/** The behaviours switched on in a compiled scenario, in catalogue order. */
export function behavioursOn(c: CompiledScenario): string[] {
  return Object.keys(c.behaviour).filter((name) => c.behaviour[name as keyof typeof c.behaviour].enabled === true);
}

/** One plain sentence for each way the design differs from the baseline besides the payment rule. */
export function comparisonWarnings(design: CompiledScenario, baseline: CompiledScenario): ComparisonWarning[] {
  const out: ComparisonWarning[] = [];
  if (design.periodMonths !== baseline.periodMonths) {
    const d = PERIOD[design.periodMonths], b = PERIOD[baseline.periodMonths];
    out.push({ code: 'period', text: {
      sv: `Förslaget räknar och betalar ${d.sv}, jämförelsen ${b.sv}: måttets brus och flaggningen skiljer sig redan av det skälet.`,
      en: `The design settles ${d.en}, the baseline ${b.en}: the measure's noise and the flags differ for that reason alone.`,
    } });
  }
  if (design.measure.model.id !== baseline.measure.model.id) {
    out.push({ code: 'measure', text: {
      sv: `Förslaget mäter med ”${design.measure.model.label.sv}”, jämförelsen med ”${baseline.measure.model.label.sv}”.`,
      en: `The design uses the measure "${design.measure.model.label.en}", the baseline "${baseline.measure.model.label.en}".`,
    } });
  } else {
    const keys = changedKeys(design.measure.params, baseline.measure.params);
    if (keys.length) out.push({ code: 'measureParams', text: {
      sv: `Måttet har andra inställningar i förslaget: ${list(keys)}.`, en: `The measure is set differently in the design: ${list(keys)}.`,
    } });
  }
  const segs = (c: CompiledScenario): string => c.segments.map((g) => `${g.service.id}×${g.providers}`).join(', ');
  const segParams = design.segments.length === baseline.segments.length && design.segments.some((g, i) => changedKeys(g.params, baseline.segments[i].params).length > 0);
  if (segs(design) !== segs(baseline) || segParams) {
    out.push({ code: 'services', text: {
      sv: `Utförarna skiljer sig: förslaget har ${segs(design)}, jämförelsen ${segs(baseline)}${segParams ? ' (eller andra priser, kostnader eller volymer)' : ''}.`,
      en: `The providers differ: the design has ${segs(design)}, the baseline ${segs(baseline)}${segParams ? ' (or other prices, costs or volumes)' : ''}.`,
    } });
  }
  if (design.horizonMonths !== baseline.horizonMonths) {
    out.push({ code: 'horizon', text: {
      sv: `Förslaget löper ${months(design.horizonMonths, 'sv')}, jämförelsen ${months(baseline.horizonMonths, 'sv')}.`,
      en: `The design runs ${months(design.horizonMonths, 'en')}, the baseline ${months(baseline.horizonMonths, 'en')}.`,
    } });
  }
  if (design.market !== baseline.market) {
    out.push({ code: 'market', text: {
      sv: 'Det ena scenariot drar en ny marknad i varje körning, det andra behåller samma utförare.',
      en: 'One scenario draws a new market in every run, the other keeps the same providers.',
    } });
  }
  const bd = behavioursOn(design), bb = behavioursOn(baseline);
  const behaviourParams = Object.keys(design.behaviour).filter((n) => {
    const k = n as keyof typeof design.behaviour;
    return design.behaviour[k].enabled === true && baseline.behaviour[k].enabled === true && changedKeys(design.behaviour[k], baseline.behaviour[k]).length > 0;
  });
  if (list(bd) !== list(bb) || behaviourParams.length) {
    const none = { sv: 'inga', en: 'none' };
    out.push({ code: 'behaviour', text: {
      sv: `Utförarnas beteenden skiljer sig: i förslaget ${list(bd) || none.sv}, i jämförelsen ${list(bb) || none.sv}${behaviourParams.length ? ` (andra styrkor: ${list(behaviourParams)})` : ''}.`,
      en: `Provider behaviours differ: in the design ${list(bd) || none.en}, in the baseline ${list(bb) || none.en}${behaviourParams.length ? ` (other strengths: ${list(behaviourParams)})` : ''}.`,
    } });
  }
  for (const name of Object.keys(design.sections) as Array<keyof CompiledScenario['sections']>) {
    const keys = changedKeys(design.sections[name], baseline.sections[name]);
    if (keys.length) out.push({ code: `section:${name}`, text: {
      sv: `Avsnittet ${name} skiljer sig: ${list(keys)}.`, en: `The ${name} section differs: ${list(keys)}.`,
    } });
  }
  return out;
}

/** The sentence every result carries about provider behaviour. */
export function behaviourAssumption(c: CompiledScenario): Text {
  const on = behavioursOn(c);
  if (on.length === 0) return {
    sv: 'Antagande: utförarna ändrar inte sitt arbetssätt efter ersättningsmodellen (inga beteenden påslagna).',
    en: 'Assumption: providers do not change what they do in response to the payment rule (no behaviour switched on).',
  };
  return { sv: `Utförarnas beteenden som är påslagna: ${list(on)}.`, en: `Provider behaviours switched on: ${list(on)}.` };
}
