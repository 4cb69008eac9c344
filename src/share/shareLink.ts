/**
 * Share links: the scenario (which holds its seed) and the engine version, compressed into the
 * URL fragment (`#s=…`), so opening the link reproduces the same numbers and nothing reaches a
 * server. Decoding is defensive: a length limit before decompressing (a tiny fragment can
 * expand enormously), the full scenario validation afterwards, and never a merge into defaults.
 */
import LZString from 'lz-string';
import { validateScenario, type Scenario, type ScenarioIssue } from '../core/index.js';

export const SHARE_PREFIX = 's=';
/** Fragment length accepted; a real scenario compresses to a few thousand characters. */
export const MAX_SHARE_CHARS = 16_000;
/** Decompressed length accepted (characters). */
export const MAX_PAYLOAD_CHARS = 200_000;

interface Payload {
  v: 1;
  engine: string;
  scenario: unknown;
}

export function encodeShare(scenario: Scenario, engineVersion: string): string {
  const payload: Payload = { v: 1, engine: engineVersion, scenario };
  return SHARE_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(payload));
}

export type ShareProblem = 'tooLong' | 'unreadable' | 'invalid';

export type Decoded =
  | { ok: true; scenario: Scenario; engine: string; engineDiffers: boolean }
  | { ok: false; problem: ShareProblem; issues: readonly ScenarioIssue[] };

/** Null when the fragment carries no share link at all. */
export function decodeShare(fragment: string, currentEngine: string): Decoded | null {
  const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  const body = hash.slice(SHARE_PREFIX.length);
  if (body.length > MAX_SHARE_CHARS) return { ok: false, problem: 'tooLong', issues: [] };
  let text: string | null = null;
  try {
    text = LZString.decompressFromEncodedURIComponent(body);
  } catch {
    text = null;
  }
  if (!text || text.length > MAX_PAYLOAD_CHARS) return { ok: false, problem: text ? 'tooLong' : 'unreadable', issues: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'unreadable', issues: [] };
  }
  if (typeof data !== 'object' || data === null || (data as Payload).v !== 1 || typeof (data as Payload).engine !== 'string') {
    return { ok: false, problem: 'unreadable', issues: [] };
  }
  const payload = data as Payload;
  const checked = validateScenario(payload.scenario);
  if (!checked.ok) return { ok: false, problem: 'invalid', issues: checked.issues };
  return { ok: true, scenario: checked.scenario, engine: payload.engine.slice(0, 40), engineDiffers: payload.engine !== currentEngine };
}
