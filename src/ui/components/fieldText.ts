/** Texts of an editor field: its element id, the value as typed, and the message for an issue. */
import type { ParamSpec } from '../../core/model/ParamSpec.js';
import type { ScenarioIssue } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';
import { unitLabel } from '../../i18n/unitLabel.js';
import { pathText, type PathKey } from '../state/setAtPath.js';
import { issueParts } from '../state/issueText.js';

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

/** Says what is wrong with a value in the field's own terms (the label is beside it already). */
export function fieldMessage(issue: ScenarioIssue, spec: ParamSpec, lang: Lang): string {
  const whole = (v: number): string => t(lang, 'notWhole', { v: inputText(v, lang) });
  const outside = (v: number, min: number, max: number, unit: string): string =>
    `${t(lang, 'outOfRange', { v: inputText(v, lang), min: inputText(min, lang), max: inputText(max, lang) })} (${unitLabel(unit, lang)})`;
  switch (issue.code) {
    case 'notInteger':
      return whole(issue.values.found);
    case 'outOfRange':
      return outside(issue.values.found, issue.values.min, issue.values.max, issue.values.unit);
    // The scenario's own numbers (runs, seed, horizon, providers) are checked by the schema.
    case 'wrongType':
      if (issue.values.expected === 'typeInt' && typeof issue.values.found === 'number') return whole(issue.values.found);
      break;
    case 'tooSmall': case 'tooBig':
      if (spec.kind === 'number' && typeof issue.values.found === 'number') return outside(issue.values.found, spec.min, spec.max, spec.unit);
      break;
  }
  return t(lang, 'issueAtField', issueParts(issue, lang));
}
