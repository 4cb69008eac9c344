/**
 * What a comparison reader must know besides the differences, in the page's language: every
 * way the two scenarios differ besides the payment rule (the core's comparisonWarnings), which
 * provider behaviours are on in each (the core's behavioursOn), and whether a behaviour moves
 * the outcome the measure does not see.
 */
import { behavioursOn, comparisonWarnings, type BehaviourName, type CompiledScenario, type SectionName } from '../../engine.js';
import { measureSpecs, sectionSpecs } from '../../../models/index.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/Lang.js';
import { t, type TextKey } from '../../i18n/t.js';

/** The behaviours that move the unmeasured outcome (no relapse after discharge). */
const MOVES_UNMEASURED: readonly string[] = ['multitasking'] satisfies readonly BehaviourName[];

/** A behaviour's name as the editor shows it. */
export function behaviourLabel(name: string, lang: Lang): string {
  return t(lang, `beh_${name}` as TextKey);
}

const labelList = (names: readonly string[], lang: Lang): string => (names.length ? names.map((n) => behaviourLabel(n, lang)).join(', ') : t(lang, 'behavioursNoneWord'));

/**
 * One sentence per way the design differs from the baseline besides the rule. The core's own
 * sentences, except where they name parameters, services or behaviours by their code names:
 * those are named as the editor names them.
 */
export function warningTexts(design: CompiledScenario, baseline: CompiledScenario, lang: Lang): string[] {
  return comparisonWarnings(design, baseline).map((w) => {
    if (w.code === 'behaviour') {
      const d = behavioursOn(design), b = behavioursOn(baseline);
      const same = d.join() === b.join();
      return t(lang, same ? 'warnBehaviourStrength' : 'warnBehaviour', { d: labelList(d, lang), b: labelList(b, lang) });
    }
    if (w.code === 'measureParams') return t(lang, 'warnMeasureParams', { fields: changedLabels(measureSpecs, design.measure.params, baseline.measure.params, lang) });
    if (w.code === 'services') {
      const segs = (c: CompiledScenario): string => c.segments.map((g) => `${g.service.label[lang]} (${formatNumber(g.providers, lang)})`).join(', ');
      return t(lang, 'warnServices', { d: segs(design), b: segs(baseline) });
    }
    if (w.code.startsWith('section:')) {
      const name = w.code.slice('section:'.length) as SectionName;
      return t(lang, 'warnSection', { section: t(lang, `section_${name}` as TextKey), fields: sectionFields(name, design, baseline, lang) });
    }
    return w.text[lang];
  });
}

type Labelled = Readonly<Record<string, { label: { sv: string; en: string } }>>;

/** The fields that differ between two parameter records, by their editor labels. */
function changedLabels(specs: Labelled, d: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>, lang: Lang): string {
  return Object.keys(specs).filter((k) => JSON.stringify(d[k]) !== JSON.stringify(b[k])).map((k) => specs[k].label[lang].toLocaleLowerCase(lang)).join(', ');
}

function sectionFields(name: SectionName, design: CompiledScenario, baseline: CompiledScenario, lang: Lang): string {
  return changedLabels(sectionSpecs[name], design.sections[name], baseline.sections[name], lang);
}

/**
 * Which provider behaviours are on in the design and the baseline; with none on in either,
 * the plain statement that providers were assumed not to react (so "no change in true
 * outcomes" is read as the assumption it is).
 */
export function behaviourSentences(design: CompiledScenario, baseline: CompiledScenario, lang: Lang, names: { design: string; base: string }): string[] {
  const d = behavioursOn(design), b = behavioursOn(baseline);
  if (d.length === 0 && b.length === 0) return [t(lang, 'behavioursNone', names)];
  const out = [d.join() === b.join() ? t(lang, 'behavioursBoth', { ...names, d: labelList(d, lang) }) : t(lang, 'behavioursOn', { ...names, d: labelList(d, lang), b: labelList(b, lang) })];
  if (d.length === 0) out.push(t(lang, 'behavioursNoneDesign', names));
  return out;
}

/** Whether a behaviour that moves the unmeasured outcome is on in either scenario. */
export function movesUnmeasured(design: CompiledScenario, baseline: CompiledScenario): boolean {
  return [...behavioursOn(design), ...behavioursOn(baseline)].some((n) => MOVES_UNMEASURED.includes(n));
}
