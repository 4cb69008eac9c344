/**
 * The portable log against V8's Math.log, which is fdlibm's e_log.c too: the same bits on
 * every finite positive double tried (random bit patterns over the whole range, subnormals
 * included), and the special cases.
 */
import { describe, expect, it } from 'vitest';
import { log } from '../../../src/core/rng/log.js';
import { Stream } from '../../../src/core/rng/Stream.js';

describe('log (portable fdlibm port)', () => {
  it('gives the bits of Math.log on random doubles over the whole range', () => {
    const stream = new Stream('log-test');
    const words = new Uint32Array(2);
    const value = new Float64Array(words.buffer);
    let differ = 0;
    for (let i = 0; i < 300_000; i++) {
      words[0] = Math.floor(stream.next() * 2 ** 32);
      words[1] = Math.floor(stream.next() * 0x7ff00000);
      if (!Object.is(log(value[0]), Math.log(value[0]))) differ++;
    }
    expect(differ).toBe(0);
  });

  it('handles the edges', () => {
    expect(log(0)).toBe(-Infinity);
    expect(log(-0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(NaN)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(1)).toBe(0);
    expect(log(Math.E)).toBe(Math.log(Math.E));
    expect(log(5e-324)).toBe(Math.log(5e-324));
    expect(log(1 + 2 ** -52)).toBe(Math.log(1 + 2 ** -52));
  });
});
