/**
 * Typed arrays carved out of one zeroed buffer. A run builds dozens of small arrays; each made
 * on its own costs an allocation, external-memory bookkeeping and later a finaliser (about
 * 1 µs; 30 arrays took 26 µs against 4–9 µs carved from one buffer, a tenth of a small run).
 * The owner sizes the buffer up front (`bytes`); an array that does not fit is still made, on
 * its own, and counted in `overflows`, which tests keep at zero.
 */
export class ArrayArena {
  private readonly buffer: ArrayBuffer;
  private offset = 0;
  /** Arrays that did not fit and were allocated on their own. */
  overflows = 0;

  constructor(bytes: number) {
    this.buffer = new ArrayBuffer(bytes);
  }

  /** Bytes an arena needs for these many elements of each kind in `arrays` arrays (8-byte aligned each). */
  static bytes(f64Elements: number, i32Elements: number, u8Elements: number, arrays: number): number {
    return 8 * f64Elements + 4 * i32Elements + u8Elements + 8 * arrays;
  }

  f64(n: number): Float64Array {
    const at = this.take(8 * n);
    return at < 0 ? new Float64Array(n) : new Float64Array(this.buffer, at, n);
  }

  i32(n: number): Int32Array {
    const at = this.take(4 * n);
    return at < 0 ? new Int32Array(n) : new Int32Array(this.buffer, at, n);
  }

  u8(n: number): Uint8Array {
    const at = this.take(n);
    return at < 0 ? new Uint8Array(n) : new Uint8Array(this.buffer, at, n);
  }

  /** Offset of `bytes` more bytes (8-byte aligned), or −1 when they do not fit. */
  private take(bytes: number): number {
    const at = this.offset;
    if (at + bytes > this.buffer.byteLength) { this.overflows++; return -1; }
    this.offset = at + ((bytes + 7) & ~7);
    return at;
  }
}
