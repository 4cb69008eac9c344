/**
 * A light shape check for scenarios the page saved itself (autosave). A saved scenario may be
 * out of range (the user was mid-edit: work is never thrown away), so the full validator
 * cannot be the gate; this only makes sure the editor can display it. Its issues are then
 * shown in place, as for any edit.
 */
import type { Scenario } from '../../engine.js';

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): boolean => isObj(x) && typeof x.sv === 'string' && typeof x.en === 'string';
const isParams = (x: unknown): boolean => x === undefined || isObj(x);

export function looksLikeScenario(x: unknown): x is Scenario {
  if (!isObj(x)) return false;
  if (typeof x.schemaVersion !== 'number' || typeof x.id !== 'string' || !isText(x.title)) return false;
  if (typeof x.seed !== 'number' || typeof x.runs !== 'number' || typeof x.horizonMonths !== 'number') return false;
  if (!Array.isArray(x.segments) || x.segments.length === 0) return false;
  if (!x.segments.every((s) => isObj(s) && typeof s.service === 'string' && typeof s.providers === 'number' && isParams(s.params))) return false;
  if (!isObj(x.measure) || typeof x.measure.model !== 'string' || !isParams(x.measure.params)) return false;
  if (!isObj(x.payment) || typeof x.payment.rule !== 'string' || !isParams(x.payment.params) || !isParams(x.payment.settings)) return false;
  return true;
}
