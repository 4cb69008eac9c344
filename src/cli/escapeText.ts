/**
 * Text from outside (a file name, a value from a file) made safe for one line on a terminal:
 * control characters, line and paragraph separators and bidirectional overrides become
 * `\uXXXX` escapes, so a name holding a newline or an escape sequence cannot forge extra
 * `error:` lines, move the cursor or recolour the terminal.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escapeChar = (c: string): string => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

/** The text with every unsafe character escaped (and nothing else changed). */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/**
 * A file name as it appears in a message: as typed when it is plain, otherwise quoted as a
 * JSON string with the unsafe characters escaped, so the reader sees exactly what was there.
 */
export function displayFileName(name: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(name) && name.trim() === name && name !== '') return name;
  return escapeUnsafe(JSON.stringify(name));
}
