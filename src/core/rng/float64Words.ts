/**
 * The two 32-bit halves of an IEEE-754 double, as fdlibm reads and writes them (high word:
 * sign, exponent and the top 20 bits of the fraction). Typed arrays over one buffer; the
 * word order is detected once, so the ports give the same bits on any byte order.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
f64[0] = 1;
/** Index of the high word: 1 on little-endian machines (every engine we know of). */
const HI = u32[1] === 0x3ff00000 ? 1 : 0;
const LO = 1 - HI;

/** High word as a signed 32-bit integer (C's `int hx`). */
export function high(x: number): number {
  f64[0] = x;
  return u32[HI] | 0;
}

/** Low word as an unsigned 32-bit integer (C's `unsigned lx`). */
export function low(x: number): number {
  f64[0] = x;
  return u32[LO];
}

/** x with its low word cleared (fdlibm's `SET_LOW_WORD(x, 0)`). */
export function clearLow(x: number): number {
  f64[0] = x;
  u32[LO] = 0;
  return f64[0];
}

/** x with its high word replaced (fdlibm's `SET_HIGH_WORD`). */
export function withHigh(x: number, hi: number): number {
  f64[0] = x;
  u32[HI] = hi >>> 0;
  return f64[0];
}

/** The double whose words are hi and lo. */
export function fromWords(hi: number, lo: number): number {
  u32[HI] = hi >>> 0;
  u32[LO] = lo >>> 0;
  return f64[0];
}

/** Exact powers of two 2^k for k in [−1100, 1100], built by exact doubling and halving. */
const OFFSET = 1100;
const POW2 = new Float64Array(2 * OFFSET + 1);
POW2[OFFSET] = 1;
for (let k = 1; k <= OFFSET; k++) {
  POW2[OFFSET + k] = POW2[OFFSET + k - 1] * 2;
  POW2[OFFSET - k] = POW2[OFFSET - k + 1] / 2;
}

/**
 * z · 2^n with a single rounding, like C's scalbn: exact while the result is normal; a
 * subnormal result is rounded once (2^(n+54) keeps the intermediate normal).
 */
export function scale(z: number, n: number): number {
  if (n > 1023) return z * 2 * POW2[OFFSET + n - 1];
  if (n >= -1022) return z * POW2[OFFSET + n];
  return z * POW2[OFFSET + n + 54] * POW2[OFFSET - 54];
}
