/**
 * What the page opens on: a share link in the URL wins (it is what the user clicked), then the
 * work saved in this browser, then the default scenario. Every source is checked; a bad one
 * is reported and skipped, never half-applied.
 */
import type { Scenario } from '../../engine.js';
import type { Lang } from '../../i18n/Lang.js';
import { decodeShare, type ShareContent } from '../../share/shareLink.js';
import type { SavedState } from '../../storage/autosave.js';
import { issueText } from './issueText.js';
import { looksLikeScenario } from './looksLikeScenario.js';
import type { Notice } from './Notice.js';
import { defaultCompareChoice, type CompareChoice } from './compareChoice.js';
import { originOf, parseOrigin, type Origin } from './origin.js';
import { contentKey } from './designs.js';

export interface StartState {
  lang: Lang;
  scenario: Scenario;
  past: Scenario[];
  drafts: Record<string, string>;
  budget: number | null;
  compare: CompareChoice;
  origin: Origin;
  notices: Omit<Notice, 'id'>[];
  /** True when the URL held a share link (read or refused), so the fragment should be cleared. */
  fromShare: boolean;
  /** What a valid share link holds: the page opens its comparison and view. */
  shared: ShareContent | null;
  /** True when the scenario comes from this browser's saved work. */
  restored: boolean;
}

export function startState(hash: string, saved: SavedState | null, engineVersion: string, fallback: Scenario, fallbackRef: string): StartState {
  const lang = saved?.lang ?? 'sv';
  const notices: Omit<Notice, 'id'>[] = [];
  const base: StartState = {
    lang, scenario: fallback, past: [], drafts: {}, budget: saved?.budget ?? null, compare: saved?.compare ?? defaultCompareChoice(),
    origin: originOf(fallback, fallbackRef), notices, fromShare: false, shared: null, restored: false,
  };
  const shared = decodeShare(hash, engineVersion);
  if (shared) {
    if (shared.ok) {
      const c = shared.content;
      notices.push(c.comparison
        ? { kind: 'info', key: 'comparisonShared', vars: { n: c.comparison.designs.length, base: c.comparison.baseline.title[lang] } }
        : { kind: 'info', key: 'shareLoaded', vars: { seed: c.design.seed } });
      if (shared.engineDiffers) notices.push({ kind: 'warning', key: 'shareEngineDiffers', vars: { theirs: shared.engine, ours: engineVersion } });
      // The saved work stays one undo step away.
      const past = saved && looksLikeScenario(saved.scenario) ? [saved.scenario] : [];
      return { ...base, scenario: c.design, past, origin: originOf(c.design, 'other'), fromShare: true, shared: c };
    }
    if (shared.problem === 'checksum') notices.push({ kind: 'error', key: 'shareChecksum' });
    else if (shared.problem === 'tooLong') notices.push({ kind: 'error', key: 'shareTooLong' });
    else if (shared.problem === 'unreadable') notices.push({ kind: 'error', key: 'shareUnreadable' });
    else if (shared.problem === 'newer') notices.push({ kind: 'error', key: 'shareNewer' });
    else notices.push({ kind: 'error', key: 'shareInvalid', vars: { issue: shared.issues[0] ? issueText(shared.issues[0], lang) : '' } });
    base.fromShare = true;
  }
  if (saved) {
    if (looksLikeScenario(saved.scenario)) {
      if (contentKey(saved.scenario) !== contentKey(fallback) || Object.keys(saved.drafts).length) notices.push({ kind: 'info', key: 'restored' });
      const origin = parseOrigin(saved.origin) ?? originOf(saved.scenario, 'other');
      return { ...base, scenario: saved.scenario, past: saved.past.filter(looksLikeScenario), drafts: saved.drafts, origin, restored: true };
    }
    notices.push({ kind: 'warning', key: 'restoreIgnored' });
  }
  return base;
}
