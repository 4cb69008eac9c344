/**
 * A validation issue in the page's language: the issue's code rendered from the core's text
 * tables with Swedish or English numbers and units, placed at the field's label rather than
 * its JSON path ("Antal körningar: värdet är 2,5; tillåtet: ett heltal").
 */
import { renderIssue, type IssueCode, type IssueValues, type ScenarioIssue } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { formatExact } from '../../i18n/format.js';
import { t } from '../../i18n/t.js';
import { unitLabel } from '../../i18n/unitLabel.js';
import { fieldLabel } from './fieldLabel.js';

/** What is wrong and what is allowed, in the page's language. */
export function issueParts(issue: ScenarioIssue, lang: Lang): { problem: string; allowed: string } {
  return renderIssue(issue.code as IssueCode, issue.values as IssueValues<IssueCode>, lang, {
    number: (x) => formatExact(x, lang),
    unit: (u) => unitLabel(u, lang),
  });
}

/** The whole message, led by the field's label; `ruleId` names the payment rule's parameters. */
export function issueText(issue: ScenarioIssue, lang: Lang, ruleId?: string): string {
  return t(lang, 'otherIssue', { path: fieldLabel(issue.path, lang, ruleId), ...issueParts(issue, lang) });
}
