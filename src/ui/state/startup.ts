/**
 * What the page opens on: a share link in the URL wins (it is what the user clicked), then the
 * work saved in this browser, then the default scenario. Every source is checked; a bad one
 * is reported and skipped, never half-applied.
 */
import type { Scenario } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { decodeShare } from '../../share/shareLink.js';
import type { SavedState } from '../../storage/autosave.js';
import { canonical } from './baselineFor.js';
import { issueText } from './issueText.js';
import { looksLikeScenario } from './looksLikeScenario.js';
import type { Notice } from './Notice.js';

export interface StartState {
  lang: Lang;
  scenario: Scenario;
  past: Scenario[];
  drafts: Record<string, string>;
  budget: number | null;
  compare: { baseline: string; designs: string[] };
  notices: Omit<Notice, 'id'>[];
  /** True when the share link was read, so the URL fragment should be cleared. */
  fromShare: boolean;
}

export function startState(hash: string, saved: SavedState | null, engineVersion: string, fallback: Scenario, defaultCompare: StartState['compare']): StartState {
  const lang = saved?.lang ?? 'sv';
  const notices: Omit<Notice, 'id'>[] = [];
  const base: StartState = { lang, scenario: fallback, past: [], drafts: {}, budget: saved?.budget ?? null, compare: saved?.compare ?? defaultCompare, notices, fromShare: false };
  const shared = decodeShare(hash, engineVersion);
  if (shared) {
    if (shared.ok) {
      notices.push({ kind: 'info', key: 'shareLoaded', vars: { seed: shared.scenario.seed } });
      if (shared.engineDiffers) notices.push({ kind: 'warning', key: 'shareEngineDiffers', vars: { theirs: shared.engine, ours: engineVersion } });
      // The saved work stays one undo step away.
      const past = saved && looksLikeScenario(saved.scenario) ? [saved.scenario] : [];
      return { ...base, scenario: shared.scenario, past, fromShare: true };
    }
    if (shared.problem === 'tooLong') notices.push({ kind: 'error', key: 'shareTooLong' });
    else if (shared.problem === 'unreadable') notices.push({ kind: 'error', key: 'shareUnreadable' });
    else if (shared.problem === 'newer') notices.push({ kind: 'error', key: 'shareNewer' });
    else notices.push({ kind: 'error', key: 'shareInvalid', vars: { issue: shared.issues[0] ? issueText(shared.issues[0], lang) : '' } });
    base.fromShare = true;
  }
  if (saved) {
    if (looksLikeScenario(saved.scenario)) {
      if (canonical(saved.scenario) !== canonical(fallback) || Object.keys(saved.drafts).length) notices.push({ kind: 'info', key: 'restored' });
      return { ...base, scenario: saved.scenario, past: saved.past.filter(looksLikeScenario), drafts: saved.drafts };
    }
    notices.push({ kind: 'warning', key: 'restoreIgnored' });
  }
  return base;
}
