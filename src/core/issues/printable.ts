/**
 * Control characters and line separators would break the one-line-per-issue contract, and
 * invisible or direction-changing characters (zero-width spaces, right-to-left overrides)
 * could hide or reorder what a message shows; in issues they are written as \u escapes.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
