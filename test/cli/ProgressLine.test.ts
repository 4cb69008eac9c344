import { describe, expect, it } from 'vitest';
import { ProgressLine } from '../../src/cli/ProgressLine.js';

function setup(): { line: ProgressLine; out: string[]; clock: { t: number } } {
  const out: string[] = [];
  const clock = { t: 0 };
  const line = new ProgressLine('simulating x', { write: (s) => out.push(s), now: () => clock.t });
  return { line, out, clock };
}

describe('ProgressLine', () => {
  it('stays silent for work that ends within a second', () => {
    const { line, out, clock } = setup();
    for (let done = 25; done <= 100; done += 25) { clock.t += 200; line.update(done, 100); }
    line.finish();
    expect(out).toEqual([]);
  });

  it('updates in place after a second, at most ten times a second, and ends the line', () => {
    const { line, out, clock } = setup();
    clock.t = 1200;
    line.update(100, 1000);
    clock.t = 1250;
    line.update(125, 1000); // too soon
    clock.t = 1400;
    line.update(150, 1000);
    clock.t = 1410;
    line.update(1000, 1000); // the last update always shows
    line.finish();
    expect(out).toEqual([
      '\rsimulating x: 100/1000 runs (10 %), 1.2 s',
      '\rsimulating x: 150/1000 runs (15 %), 1.4 s',
      '\rsimulating x: 1000/1000 runs (100 %), 1.4 s',
      '\n',
    ]);
    for (const s of out.slice(0, -1)) expect(s.startsWith('\r')).toBe(true);
  });

  it('pads a shorter update so no characters of the longer one remain', () => {
    const out: string[] = [];
    const clock = { t: 5000 };
    const line = new ProgressLine('p', { write: (s) => out.push(s), now: () => clock.t, delayMs: 0, intervalMs: 0 });
    clock.t = 15000;
    line.update(10, 10);
    line.update(1, 10);
    expect(out[0]).toBe('\rp: 10/10 runs (100 %), 10.0 s');
    expect(out[1]).toBe('\rp: 1/10 runs (10 %), 10.0 s  ');
  });
});
