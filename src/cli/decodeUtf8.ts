/**
 * A file's bytes → text, refusing anything that is not UTF-8: a Latin-1 file read as UTF-8
 * would turn every å, ä and ö into a replacement character and could still pass validation
 * (a title, a story) with its text silently changed. A byte-order mark is kept for the
 * scenario parser, which drops it.
 */

export type Decoded = { ok: true; text: string } | { ok: false; byte: number; line: number; column: number };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, at));
    const lines = before.split('\n');
    return { ok: false, byte: bytes[Math.min(at, bytes.length - 1)] ?? 0, line: lines.length, column: [...lines[lines.length - 1]].length + 1 };
  }
}

/**
 * The offset of the first byte that cannot start or continue valid UTF-8. Whether a prefix
 * is valid so far (a sequence cut at the end still counts as valid, `stream: true`) only
 * changes once along the file, so a binary search finds it with a few decodes.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const validSoFar = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0, hi = bytes.length; // validSoFar(lo) holds; the first invalid byte is at lo or later
  if (validSoFar(hi)) return leadOfPending(bytes, hi); // only the end is cut short
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (validSoFar(mid)) lo = mid;
    else hi = mid;
  }
  return leadOfPending(bytes, lo);
}

/** A sequence cut short by byte `at` is reported at its first byte (the é of Latin-1 "é "). */
function leadOfPending(bytes: Uint8Array, at: number): number {
  for (let k = 1; k <= 3 && at - k >= 0; k++) {
    const b = bytes[at - k];
    if (b < 0x80) break;
    if (b >= 0xc0) return (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) > k ? at - k : at;
  }
  return at;
}
