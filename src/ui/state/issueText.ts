/**
 * A validation issue in the page's language. The engine writes its messages in English (they
 * name JSON fields); the common patterns are translated here and anything else is shown as is.
 */
import type { ScenarioIssue } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { t } from '../../i18n/t.js';

const SV: ReadonlyArray<[RegExp, string]> = [
  [/^missing$/, 'saknas'],
  [/^found (.+), which is not a whole number$/, 'värdet $1 är inte ett heltal'],
  [/^found (.+)$/, 'värdet är $1'],
  [/^a number from (\S+) to (\S+) \((.+)\)(, or a distribution)?$/, 'ett tal från $1 till $2 ($3)'],
  [/^a whole number$/, 'ett heltal'],
  [/^at least (\S+)$/, 'minst $1'],
  [/^at most (\S+)$/, 'högst $1'],
  [/^true or false$/, 'sant eller falskt'],
  [/^one of (.+)$/, 'ett av $1'],
  [/^unknown parameter (.+)$/, 'okänd parameter $1'],
  [/^unknown field (.+)$/, 'okänt fält $1'],
  [/^min, mode and max are out of order$/, 'lägsta, troligast och högsta är i fel ordning'],
  [/^min ≤ mode ≤ max$/, 'lägsta ≤ troligast ≤ högsta'],
  [/^the distribution's (\w+) lies outside the parameter's range$/, 'fördelningen ligger utanför parameterns tillåtna område'],
  [/^values from (\S+) to (\S+)$/, 'värden från $1 till $2'],
  [/^runs × providers × months is (.+)$/, 'körningar × utförare × månader är $1'],
  [/^at most (\S+); lower runs, providers or horizonMonths$/, 'högst $1; minska antalet körningar, utförare eller månader'],
];

function translate(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  for (const [re, sv] of SV) if (re.test(text)) return text.replace(re, sv);
  return text;
}

export function issueText(issue: ScenarioIssue, lang: Lang): string {
  return t(lang, 'otherIssue', { path: issue.path, problem: translate(issue.problem, lang), allowed: translate(issue.allowed, lang) });
}

export { translate as translateIssuePart };
