/**
 * Share links: the whole thing on screen — the current design and, when there is one, the
 * comparison (baseline and designs, each holding its seed and runs) and the view — with the
 * engine version, compressed into the URL fragment (`#s=<body>.<checksum>`), so opening the
 * link reproduces the same numbers and nothing reaches a server. Decoding is defensive: the
 * checksum first (a changed character is refused, not half-loaded), a length limit before
 * decompressing (a tiny fragment can expand enormously), the full scenario validation of every
 * scenario afterwards, and never a merge into defaults.
 */
import LZString from 'lz-string';
import { validateScenario, type Scenario, type ScenarioIssue } from '../engine.js';
import { checksum } from './checksum.js';

export const SHARE_PREFIX = 's=';
export const SHARE_VERSION = 2;
/** Fragment length accepted; a comparison of five scenarios compresses to a few thousand characters. */
export const MAX_SHARE_CHARS = 32_000;
/** Decompressed length accepted (characters). */
export const MAX_PAYLOAD_CHARS = 200_000;
/** Designs a shared comparison may hold (as in the compare view). */
export const MAX_SHARED_DESIGNS = 4;

/** The views a link can open on. */
export type SharedView = 'results' | 'compare' | 'report';
const VIEWS: readonly SharedView[] = ['results', 'compare', 'report'];

export interface SharedComparison {
  baseline: Scenario;
  designs: Scenario[];
  /** Each design also if providers do not respond and if they do. */
  responses?: boolean;
}

export interface ShareContent {
  design: Scenario;
  comparison: SharedComparison | null;
  view: SharedView;
}

interface Payload {
  v: number;
  engine: string;
  view: SharedView;
  design: unknown;
  compare?: { baseline: unknown; designs: unknown[]; responses?: boolean };
}

export function encodeShare(content: ShareContent, engineVersion: string): string {
  const payload: Payload = { v: SHARE_VERSION, engine: engineVersion, view: content.view, design: content.design };
  if (content.comparison) payload.compare = { baseline: content.comparison.baseline, designs: content.comparison.designs, ...(content.comparison.responses ? { responses: true } : {}) };
  const body = LZString.compressToEncodedURIComponent(JSON.stringify(payload));
  return `${SHARE_PREFIX}${body}.${checksum(body)}`;
}

/**
 * checksum: the link was changed after it was made (or cut short); tooLong: over a size limit;
 * unreadable: not a payload; newer: made by a later link format; invalid: a scenario fails validation.
 */
export type ShareProblem = 'checksum' | 'tooLong' | 'unreadable' | 'newer' | 'invalid';

export type Decoded =
  | { ok: true; content: ShareContent; engine: string; engineDiffers: boolean }
  | { ok: false; problem: ShareProblem; issues: readonly ScenarioIssue[] };

/** Null when the fragment carries no share link at all. Never throws: every failure is a refusal. */
export function decodeShare(fragment: string, currentEngine: string): Decoded | null {
  const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  const rest = hash.slice(SHARE_PREFIX.length);
  // Refused before anything else: a few kB of LZ codes can expand to megabytes.
  if (rest.length > MAX_SHARE_CHARS) return refuse('tooLong');
  const dot = rest.lastIndexOf('.');
  if (dot < 0) return refuse('checksum');
  const body = rest.slice(0, dot);
  if (rest.slice(dot + 1) !== checksum(body)) return refuse('checksum');
  const text = decompress(body);
  if (text === null) return refuse('unreadable');
  if (text.length > MAX_PAYLOAD_CHARS) return refuse('tooLong');
  const data = parseJson(text);
  if (!isRecord(data)) return refuse('unreadable');
  // Own properties only: a payload's "__proto__" or "constructor" must not reach the prototype chain.
  const own = (k: keyof Payload): unknown => (Object.hasOwn(data, k) ? data[k] : undefined);
  const v = own('v');
  const engine = own('engine');
  const view = own('view');
  if (typeof v === 'number' && Number.isInteger(v) && v > SHARE_VERSION) return refuse('newer');
  if (v !== SHARE_VERSION || typeof engine !== 'string' || !VIEWS.includes(view as SharedView)) return refuse('unreadable');
  const design = check(own('design'), 'design');
  if (!design.ok) return design.refusal;
  let comparison: SharedComparison | null = null;
  const cmp = own('compare');
  if (cmp !== undefined) {
    if (!isRecord(cmp) || !Object.hasOwn(cmp, 'baseline') || !Array.isArray(cmp.designs)) return refuse('unreadable');
    if (cmp.designs.length < 1 || cmp.designs.length > MAX_SHARED_DESIGNS) return refuse('unreadable');
    const responses = Object.hasOwn(cmp, 'responses') ? cmp.responses : false;
    if (typeof responses !== 'boolean') return refuse('unreadable');
    const baseline = check(cmp.baseline, 'compare.baseline');
    if (!baseline.ok) return baseline.refusal;
    const designs: Scenario[] = [];
    for (const [i, d] of cmp.designs.entries()) {
      const one = check(d, `compare.designs[${i}]`);
      if (!one.ok) return one.refusal;
      designs.push(one.scenario);
    }
    comparison = { baseline: baseline.scenario, designs, ...(responses ? { responses: true } : {}) };
  }
  return { ok: true, content: { design: design.scenario, comparison, view: view as SharedView }, engine: engine.slice(0, 40), engineDiffers: engine !== currentEngine };
}

type Checked = { ok: true; scenario: Scenario } | { ok: false; refusal: Decoded };

/** Every scenario in a link passes the same validator as a file; its issues' paths say which one. */
function check(x: unknown, where: string): Checked {
  const checked = validateScenario(x);
  if (checked.ok) return { ok: true, scenario: checked.scenario };
  const issues = where === 'design' ? checked.issues : checked.issues.map((i) => ({ ...i, path: i.path === '$' ? where : `${where}.${i.path}` }));
  return { ok: false, refusal: { ok: false, problem: 'invalid', issues } };
}

const refuse = (problem: ShareProblem): Decoded => ({ ok: false, problem, issues: [] });
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

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
