/** JSON paths as the messages write them. */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MAX_KEY_SHOWN = 40;

/**
 * `segments[0].params.capacity`. A key that is not a plain name (a dot, a space, a newline,
 * an empty or a very long key) is quoted in brackets and shortened, so the path stays on one
 * line and cannot be mistaken for a deeper one.
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && part.length <= MAX_KEY_SHOWN && IDENTIFIER.test(part)) out += out === '' ? part : `.${part}`;
    else {
      const key = String(part);
      out += `[${JSON.stringify(key.length > MAX_KEY_SHOWN ? key.slice(0, MAX_KEY_SHOWN) + '…' : key)}]`;
    }
  }
  return out || '$';
}
