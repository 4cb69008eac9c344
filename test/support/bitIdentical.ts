/** Byte-for-byte view of a typed array, so "bit-identical" includes the sign of zero and NaN payloads. */
export function bytesOf(a: Float64Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** True when two Float64Arrays hold exactly the same bits. */
export function bitIdentical(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  const x = bytesOf(a), y = bytesOf(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
