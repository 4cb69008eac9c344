/**
 * Scenario text or data → a valid Scenario, or the list of issues that stop it.
 * Order: size → JSON → duplicate keys → forbidden keys → version and migration → structure
 * (zod) → parameter sections (specs) → cross-field limits → resources (work and memory,
 * estimated from the compiled scenario). Nothing is evaluated, merged or mutated on the way,
 * and every message stays on one line (the CLI prints one line per issue).
 */
import { compileScenario } from '../compile/compileScenario.js';
import type { ModelCatalogue } from '../model/ModelCatalogue.js';
import { scenarioSchema, type Scenario } from '../scenario/Scenario.js';
import { LIMITS } from '../model/limits.js';
import { msg, type ScenarioIssue } from '../issues/messages.js';
import { printable } from '../issues/printable.js';
import { migrate } from '../scenario/migrate.js';
import { checkScenarioParams } from '../scenario/checkScenarioParams.js';
import { estimateResources } from './estimateResources.js';
import { findDuplicateKeys } from '../scenario/findDuplicateKeys.js';
import { findForbiddenKeys } from '../scenario/findForbiddenKeys.js';
import { formatPath } from '../scenario/formatPath.js';
import { fromZodIssues } from '../scenario/fromZodIssues.js';

export { formatPath };

export type Validated = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Parse and validate the text of a scenario file. */
export function parseScenarioText(raw: string, catalogue: ModelCatalogue): Validated {
  return printableIssues(parseText(raw, catalogue));
}

/** Validate (and migrate) already-parsed data. */
export function validateScenario(data: unknown, catalogue: ModelCatalogue): Validated {
  return printableIssues(validateData(data, catalogue));
}

function parseText(raw: string, catalogue: ModelCatalogue): Validated {
  // Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const bytes = utf8Length(text);
  if (bytes > LIMITS.maxFileBytes) return { ok: false, issues: [msg.tooLarge(bytes)] };
  if (text.trim() === '') return { ok: false, issues: [msg.emptyFile()] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof RangeError ? 'nested too deeply' : e instanceof Error ? oneLine(e.message) : 'unreadable';
    return { ok: false, issues: [msg.notJson(detail)] };
  }
  const duplicates = findDuplicateKeys(text, LIMITS.maxIssues).map((path) => ({ ...msg.duplicateKey(String(path[path.length - 1])), path: formatPath(path) }));
  const checked = validateData(data, catalogue);
  if (duplicates.length === 0) return checked;
  return { ok: false, issues: capIssues(checked.ok ? duplicates : [...duplicates, ...checked.issues]) };
}

function validateData(data: unknown, catalogue: ModelCatalogue): Validated {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, issues: [msg.notObject(data)] };
  const forbidden = findForbiddenKeys(data, LIMITS.maxIssues);
  if (forbidden.length) return { ok: false, issues: forbidden.map((path) => ({ ...msg.forbiddenKey(String(path[path.length - 1])), path: formatPath(path) })) };
  const migrated = migrate(data as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, issues: migrated.issues };
  const parsed = scenarioSchema.safeParse(migrated.data, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: capIssues(fromZodIssues(parsed.error.issues)) };
  const issues = checkScenarioParams(parsed.data, catalogue);
  if (issues.length) return { ok: false, issues: capIssues(issues) };
  const resources = checkResources(parsed.data, catalogue);
  return resources.length ? { ok: false, issues: resources } : { ok: true, scenario: parsed.data };
}

/** Work and memory, from the compiled scenario (cheap: no run is simulated). */
function checkResources(s: Scenario, catalogue: ModelCatalogue): ScenarioIssue[] {
  const estimate = estimateResources(compileScenario(s, catalogue));
  const issues: ScenarioIssue[] = [];
  if (estimate.referrals > LIMITS.maxReferralRuns) issues.push(msg.tooManyReferrals(estimate.referrals));
  if (estimate.peakBytes > LIMITS.maxMemoryBytes) issues.push(msg.tooMuchMemory(estimate.peakBytes));
  // After the older ceilings, which name their cause more narrowly when they apply.
  if (issues.length === 0 && estimate.work.seconds > LIMITS.maxCpuSeconds) issues.push(msg.tooMuchCpu(estimate.work));
  return issues;
}

function capIssues(issues: ScenarioIssue[]): ScenarioIssue[] {
  if (issues.length <= LIMITS.maxIssues) return issues;
  return [...issues.slice(0, LIMITS.maxIssues), msg.moreIssues(issues.length - LIMITS.maxIssues)];
}

function printableIssues(v: Validated): Validated {
  if (v.ok) return v;
  // Values are made printable when an issue is rendered; the path is the caller's text.
  return { ok: false, issues: v.issues.map((i) => ({ ...i, path: printable(i.path) })) };
}

/** JSON.parse's message may quote the text around the error, line breaks included. */
function oneLine(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return flat.length > 200 ? flat.slice(0, 200) + '…' : flat;
}

function utf8Length(text: string): number {
  // Fast upper bound first: no UTF-16 code unit takes more than 3 bytes.
  if (text.length * 3 <= LIMITS.maxFileBytes) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return bytes;
}
