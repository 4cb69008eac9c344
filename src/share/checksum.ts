/**
 * The share link's integrity check: 32-bit FNV-1a over the compressed body, as 8 hex digits.
 * Each step (xor a character, multiply by an odd prime modulo 2^32) is a bijection of the
 * running hash, so every single-character substitution changes the result: a link mangled
 * by a mail client or a stray keystroke is refused instead of loading something else.
 */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
