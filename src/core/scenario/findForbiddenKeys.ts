/**
 * Finds fields named `__proto__` anywhere in parsed data. JSON.parse keeps such a key as an
 * ordinary own property, but any later copy into a plain object (a spread, Object.assign, a
 * record parser) turns it into a prototype change or drops it silently: zod's record does
 * the latter, so `"care": {"__proto__": {...}}` would pass unseen. Refusing the name keeps
 * the file and what the engine reads the same thing. The walk is iterative (no stack
 * overflow at any depth) and visits each object once (data from the page may share objects).
 */
export interface PathNode {
  parent: PathNode | null;
  key: string | number;
}

export const FORBIDDEN_KEY = '__proto__';

export function pathOf(node: PathNode | null): Array<string | number> {
  const out: Array<string | number> = [];
  for (let n = node; n; n = n.parent) out.push(n.key);
  return out.reverse();
}

export function findForbiddenKeys(data: unknown, max: number): Array<Array<string | number>> {
  const found: Array<Array<string | number>> = [];
  const seen = new Set<object>();
  const stack: Array<{ value: unknown; at: PathNode | null }> = [{ value: data, at: null }];
  while (stack.length > 0 && found.length < max) {
    const { value, at } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], at: { parent: at, key: i } });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (key === FORBIDDEN_KEY) found.push(pathOf({ parent: at, key }));
      else stack.push({ value: (value as Record<string, unknown>)[key], at: { parent: at, key } });
    }
  }
  return found;
}
