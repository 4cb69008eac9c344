/**
 * Finds keys that appear twice in the same object of a JSON text. JSON.parse silently keeps
 * the last copy, so `"runs": 100, ..., "runs": 100000` would run the second value while a
 * reader of the file sees the first. Called only on text JSON.parse accepted, so the scanner
 * needs to know strings, brackets, colons and commas, nothing else. One pass, iterative,
 * with paths kept as parent links so deep nesting costs no copying.
 */
import { pathOf, type PathNode } from './findForbiddenKeys.js';

interface Frame {
  at: PathNode | null;
  /** Keys seen so far; null for an array. */
  keys: Set<string> | null;
  /** Index of the current element (arrays) or the current key (objects). */
  child: string | number;
  expectKey: boolean;
}

export function findDuplicateKeys(text: string, max: number): Array<Array<string | number>> {
  const found: Array<Array<string | number>> = [];
  const stack: Frame[] = [];
  const childPath = (): PathNode | null => {
    const top = stack[stack.length - 1];
    return top ? { parent: top.at, key: top.child } : null;
  };
  for (let i = 0; i < text.length && found.length < max; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      const start = i;
      for (i++; text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        top.child = key;
        top.expectKey = false;
        if (top.keys.has(key)) found.push(pathOf({ parent: top.at, key }));
        else top.keys.add(key);
      }
    } else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      const object = ch === 0x7b;
      stack.push({ at: childPath(), keys: object ? new Set() : null, child: 0, expectKey: object });
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      stack.pop();
    } else if (ch === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top.keys) top.expectKey = true;
      else top.child = (top.child as number) + 1;
    }
  }
  return found;
}
