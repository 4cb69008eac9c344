/**
 * Share links: the scenario (which holds its seed) and the engine version, compressed into the
 * URL fragment (`#s=…`), so opening the link reproduces the same numbers and nothing reaches a
 * server. Decoding is defensive: a length limit before decompressing (a tiny fragment can
 * expand enormously), the full scenario validation afterwards, and never a merge into defaults.
 */
import LZString from 'lz-string';
import { validateScenario, type Scenario, type ScenarioIssue } from '../engine.js';

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

/** tooLong: over a size limit; unreadable: cut short, altered or not a payload; newer: made by a later link format; invalid: the scenario fails validation. */
export type ShareProblem = 'tooLong' | 'unreadable' | 'newer' | 'invalid';

export type Decoded =
  | { ok: true; scenario: Scenario; engine: string; engineDiffers: boolean }
  | { ok: false; problem: ShareProblem; issues: readonly ScenarioIssue[] };

/** Null when the fragment carries no share link at all. Never throws: every failure is a refusal. */
export function decodeShare(fragment: string, currentEngine: string): Decoded | null {
  const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  const body = hash.slice(SHARE_PREFIX.length);
  // Refused before decompressing: a few kB of LZ codes can expand to megabytes.
  if (body.length > MAX_SHARE_CHARS) return refuse('tooLong');
  const text = decompress(body);
  if (text === null) return refuse('unreadable');
  if (text.length > MAX_PAYLOAD_CHARS) return refuse('tooLong');
  const data = parseJson(text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse('unreadable');
  // Own properties only: a payload's "__proto__" or "constructor" must not reach the prototype chain.
  const v = Object.hasOwn(data, 'v') ? (data as Payload).v : undefined;
  const engine = Object.hasOwn(data, 'engine') ? (data as Payload).engine : undefined;
  if (typeof v === 'number' && Number.isInteger(v) && v > 1) return refuse('newer');
  if (v !== 1 || typeof engine !== 'string' || !Object.hasOwn(data, 'scenario')) return refuse('unreadable');
  const checked = validateScenario((data as Payload).scenario);
  if (!checked.ok) return { ok: false, problem: 'invalid', issues: checked.issues };
  return { ok: true, scenario: checked.scenario, engine: engine.slice(0, 40), engineDiffers: engine !== currentEngine };
}

const refuse = (problem: ShareProblem): Decoded => ({ ok: false, problem, issues: [] });

/** Null for an empty or undecodable body (lz-string returns null or "" for most damage, and may throw). */
function decompress(body: string): string | null {
  try {
    return LZString.decompressFromEncodedURIComponent(body) || null;
  } catch {
    return null;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
