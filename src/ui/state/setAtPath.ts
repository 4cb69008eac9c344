/**
 * An edit as an overlay: returns a copy of `root` with the value at `path` replaced (or
 * removed when `value` is undefined), sharing every untouched branch. The input is never
 * mutated. Objects left empty by a removal are pruned, so "reset to default" leaves no
 * `"params": {}` behind.
 */
export type PathKey = string | number;

type Node = Record<string, unknown> | unknown[];

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null;

export function setAtPath<T>(root: T, path: readonly PathKey[], value: unknown): T {
  if (path.length === 0) return value as T;
  return setIn(root as unknown, path, 0, value) as T;
}

function setIn(node: unknown, path: readonly PathKey[], i: number, value: unknown): unknown {
  const key = path[i];
  const last = i === path.length - 1;
  if (Array.isArray(node) || typeof key === 'number') {
    const arr = Array.isArray(node) ? [...node] : [];
    const index = Number(key);
    if (last) {
      if (value === undefined) arr.splice(index, 1);
      else arr[index] = value;
    } else {
      arr[index] = setIn(arr[index], path, i + 1, value);
    }
    return arr;
  }
  const obj: Record<string, unknown> = isNode(node) ? { ...(node as Record<string, unknown>) } : {};
  if (last) {
    if (value === undefined) delete obj[key];
    else obj[key] = value;
  } else {
    const child = setIn(obj[key], path, i + 1, value);
    if (isNode(child) && !Array.isArray(child) && Object.keys(child).length === 0) delete obj[key];
    else obj[key] = child;
  }
  return obj;
}

/** The value at `path`, or undefined. */
export function getAtPath(root: unknown, path: readonly PathKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isNode(node)) return undefined;
    node = (node as Record<string, unknown>)[key as string];
  }
  return node;
}

/** The same path as the validator writes it: `segments[0].params.capacity`. */
export function pathText(path: readonly PathKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out || '$';
}
