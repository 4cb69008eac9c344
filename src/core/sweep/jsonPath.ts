/**
 * Scenario JSON paths as the messages write them (`segments[0].params.capacity`,
 * `fallback.pricePerDay`): parse one, read the value at it, and set a number at it. Setting
 * copies along the path and never mutates its input, so one parsed scenario can be varied
 * point by point; the result is then validated like any other scenario, which is what catches
 * a path the schema does not know.
 */
export type PathPart = string | number;

const PART = /^(?:\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\])/;

/** `a.b[2].c` → ['a', 'b', 2, 'c']; undefined if the text is not such a path. */
export function parsePath(text: string): PathPart[] | undefined {
  const parts: PathPart[] = [];
  let rest = text.trim();
  if (rest === '' || rest.startsWith('.') || rest.startsWith('[')) return undefined;
  while (rest !== '') {
    const m = PART.exec(rest);
    if (!m) return undefined;
    parts.push(m[1] !== undefined ? m[1] : Number(m[2]));
    rest = rest.slice(m[0].length);
  }
  return parts;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a path, or undefined where the path leads nowhere. */
export function getAt(data: unknown, path: readonly PathPart[]): unknown {
  let here: unknown = data;
  for (const part of path) {
    if (typeof part === 'number') {
      if (!Array.isArray(here) || part >= here.length) return undefined;
      here = here[part];
    } else {
      if (!isRecord(here) || !Object.prototype.hasOwnProperty.call(here, part)) return undefined;
      here = here[part];
    }
  }
  return here;
}

/**
 * A copy of `data` with `value` at `path`. Missing objects on the way are created (a
 * parameter left at its default has no key in the file); an index past an array's end, or
 * a step through a number or a string, is refused with the part of the path that failed.
 */
export function setAt(data: unknown, path: readonly PathPart[], value: unknown): { ok: true; data: unknown } | { ok: false; at: number } {
  const step = (here: unknown, i: number): { ok: true; data: unknown } | { ok: false; at: number } => {
    if (i === path.length) return { ok: true, data: value };
    const part = path[i];
    if (typeof part === 'number') {
      if (!Array.isArray(here) || part >= here.length) return { ok: false, at: i };
      const inner = step(here[part], i + 1);
      if (!inner.ok) return inner;
      const copy = here.slice();
      copy[part] = inner.data;
      return { ok: true, data: copy };
    }
    if (here !== undefined && !isRecord(here)) return { ok: false, at: i };
    const base: Record<string, unknown> = here === undefined ? {} : here;
    const inner = step(Object.prototype.hasOwnProperty.call(base, part) ? base[part] : undefined, i + 1);
    if (!inner.ok) return inner;
    return { ok: true, data: { ...base, [part]: inner.data } };
  };
  return step(data, 0);
}

/** The path as text again (the inverse of parsePath). */
export function pathText(path: readonly PathPart[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
