/** Texts of an editor field: its element id, the value as typed, and the message for an issue. */
import type { ParamSpec } from '../../core/model/ParamSpec.js';
import type { ScenarioIssue } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { unitLabel } from '../../i18n/unitLabel.js';
import { pathText, type PathKey } from '../state/setAtPath.js';
import { issueText } from '../state/issueText.js';

/** An element id from a JSON path: `segments[0].params.capacity` → `f-segments-0-params-capacity`. */
export function fieldId(path: readonly PathKey[]): string {
  return `f-${pathText(path).replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

/** A number as it is typed: no grouping, decimal comma in Swedish. */
export function inputText(x: unknown, lang: Lang): string {
  if (typeof x !== 'number') return x === undefined || x === null ? '' : String(x);
  const text = String(x);
  return lang === 'sv' ? text.replace('.', ',') : text;
}

/** Says what is wrong with a value in the field's own terms when it can, else the engine's words. */
export function fieldMessage(issue: ScenarioIssue, spec: ParamSpec, lang: Lang): string {
  const found = /^found (-?[\d.e+-]+)(, which is not a whole number)?$/.exec(issue.problem);
  if (spec.kind === 'number' && found) {
    const v = Number(found[1]);
    if (found[2]) return t(lang, 'notWhole', { v: inputText(v, lang) });
    if (v < spec.min || v > spec.max) return `${t(lang, 'outOfRange', { v: inputText(v, lang), min: inputText(spec.min, lang), max: inputText(spec.max, lang) })} (${unitLabel(spec.unit, lang)})`;
  }
  return issueText(issue, lang);
}
