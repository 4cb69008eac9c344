/**
 * e^x in plain IEEE-754 arithmetic (a port of fdlibm's e_exp.c, error < 1 ulp).
 *
 * Why not Math.exp: engines differ in its last bit for some inputs (Node 20's V8 and current
 * Chromium's V8 do), and the workbench promises bit-identical results in Node and in the
 * browser. +, −, × and ÷ are exactly rounded in every engine, so this function gives the same
 * bits everywhere. It is as fast as Math.exp once inlined.
 */
const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e+00;
const P1 = 1.66666666666666019037e-01;
const P2 = -2.77777777770155933842e-03;
const P3 = 6.61375632143793436117e-05;
const P4 = -1.65339022054652515390e-06;
const P5 = 4.13813679705723846039e-08;
const OVERFLOW = 7.09782712893383973096e+02;
const UNDERFLOW = -7.45133219101941108420e+02;
const HALF_LN2 = 0.34657359027997264;
const THREE_HALVES_LN2 = 1.0397207708399179;
const TINY = 3.725290298461914e-9; // 2^-28

/** Exact powers of two 2^k for k in [−1100, 1100], built by exact doubling and halving. */
const POW2_OFFSET = 1100;
const POW2 = new Float64Array(2 * POW2_OFFSET + 1);
POW2[POW2_OFFSET] = 1;
for (let k = 1; k <= POW2_OFFSET; k++) {
  POW2[POW2_OFFSET + k] = POW2[POW2_OFFSET + k - 1] * 2;
  POW2[POW2_OFFSET - k] = POW2[POW2_OFFSET - k + 1] / 2;
}

/**
 * Beyond ±700 (and NaN) the edge cases below; inside, k = round(x / ln 2) lies in [−1010, 1010],
 * so the scaling needs one power of two. Kept apart so the common path is small enough for V8 to
 * inline into the kernel beside its other draws; both paths do the same operations, so the bits
 * are those of the single function this was.
 */
const FAST_LIMIT = 700;

export function exp(x: number): number {
  if (!(x >= -FAST_LIMIT && x <= FAST_LIMIT)) return expEdge(x);
  const ax = Math.abs(x);
  if (ax < TINY) return 1 + x;
  // fdlibm picks k = 0 for |x| ≤ ln2/2, k = ±1 up to 1.5 ln2 and k = round(x / ln2) beyond.
  // Those tests are coin flips for the kernel's arguments, so k is computed without branches
  // (+(a < b) is 0 or 1), and k = 0 and k = ±1 take the general reduction and final step,
  // which for them do exactly fdlibm's operations: x − 0·LN2_HI = x, x − (−1)·LN2_HI =
  // x + LN2_HI, (x·c)/(2 − c) = −(x·c)/(c − 2) and a factor 2^0 = 1 are all exact.
  const positive = +(x > 0);
  const middle = +(ax > HALF_LN2) * +(ax < THREE_HALVES_LN2);
  const far = +(ax >= THREE_HALVES_LN2);
  const k = middle * (2 * positive - 1) + far * ((INV_LN2 * x + (positive - 0.5)) | 0);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  x = hi - lo;
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  return (1 - ((lo - (x * c) / (2 - c)) - hi)) * POW2[POW2_OFFSET + k];
}

/** NaN, overflow, underflow and |x| > 700, where 2^k may need two factors. */
function expEdge(x: number): number {
  if (x !== x) return NaN;
  if (x > OVERFLOW) return Infinity;
  if (x < UNDERFLOW) return 0;
  // |x| > 700 > 1.5 ln 2: the general reduction.
  const k = (INV_LN2 * x + (x > 0 ? 0.5 : -0.5)) | 0;
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  x = hi - lo;
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - ((lo - (x * c) / (2 - c)) - hi);
  if (k === 1024) return y * 2 * POW2[POW2_OFFSET + 1023];
  if (k >= -1021) return y * POW2[POW2_OFFSET + k];
  return y * POW2[POW2_OFFSET + k + 1000] * POW2[POW2_OFFSET - 1000];
}
