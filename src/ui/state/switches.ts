/**
 * Options that switch a group of parameters on: while the switch is off its sub-fields do not
 * apply, so the editor hides them. `enabled` switches its whole group (a behaviour, risk
 * adjustment, deeper follow-up); the others name the fields they govern.
 */
import type { ParamSpec } from '../../core/model/ParamSpec.js';

const NAMED: Readonly<Record<string, readonly string[]>> = {
  limitsEnabled: ['capShare', 'floorShare'],
  capacityLimited: ['capacity'],
};

/** The keys of a parameter group to show, given the values set (or the specs' defaults). */
export function visibleKeys(specs: Readonly<Record<string, ParamSpec>>, values: Readonly<Record<string, unknown>> | undefined, keys: readonly string[]): string[] {
  const on = (flag: string): boolean => {
    const v = values?.[flag];
    const spec = specs[flag];
    return v === undefined ? spec?.kind === 'boolean' && spec.default === true : v === true;
  };
  if ('enabled' in specs && !on('enabled')) return keys.filter((k) => k === 'enabled');
  const hidden = new Set(Object.entries(NAMED).filter(([flag]) => flag in specs && !on(flag)).flatMap(([, fields]) => fields));
  return keys.filter((k) => !hidden.has(k));
}
