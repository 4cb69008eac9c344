/**
 * Schema migrations: one function per past version, lifting a file one version up, applied
 * in order until the current version. Files from a newer version are refused with a message,
 * never silently read. Version 1 is the first published format, so the chain is empty today;
 * the next format change adds `1: (v1) => v2` here and a fixture under test/fixtures/.
 */
import { SCHEMA_VERSION } from '../model/limits.js';
import { msg, type ScenarioIssue } from '../issues/messages.js';

type Data = Record<string, unknown>;
const migrations: Readonly<Record<number, (old: Data) => Data>> = {};

export function migrate(data: Data): { ok: true; data: Data } | { ok: false; issues: ScenarioIssue[] } {
  if (!Object.prototype.hasOwnProperty.call(data, 'schemaVersion')) return { ok: false, issues: [msg.noVersion()] };
  let version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, issues: [msg.badVersion(version)] };
  if (version > SCHEMA_VERSION) return { ok: false, issues: [msg.newerVersion(version)] };
  let current = data;
  while (version < SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) return { ok: false, issues: [msg.badVersion(version)] };
    current = step(current);
    version++;
  }
  return { ok: true, data: current };
}
