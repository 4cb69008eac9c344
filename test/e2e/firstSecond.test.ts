/**
 * The first second, measured (reported, not asserted: the machine is shared): starts the
 * README's own start command (`npm start`, or START_COMMAND to measure another, e.g. the bare
 * dev server), opens the page in a fresh browser and reports the first paint (the static
 * shell), the first paint with the workbench itself, and the first chart of the default
 * scenario, each from navigation start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { openSession } from './browser.js';

const freePort = (): Promise<number> => new Promise((resolve, reject) => {
  const srv = createServer();
  srv.listen(0, '127.0.0.1', () => {
    const port = (srv.address() as { port: number }).port;
    srv.close(() => resolve(port));
  });
  srv.on('error', reject);
});

let child: ChildProcess | null = null;
afterAll(() => {
  // The whole process group: npm, the shell and vite below it.
  if (child?.pid) try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
});

function startServer(command: string, port: number): Promise<{ url: string; seconds: number }> {
  const started = Date.now();
  const args = command.startsWith("npm") ? `-- --port ${port} --strictPort` : `--port ${port} --strictPort`;
  child = spawn("sh", ["-c", `${command} ${args}`], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the start command printed no address in 120 s:\n${out}`)), 120_000);
    const read = (b: Buffer): void => {
      out += b.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/?/.exec(out);
      if (m) { clearTimeout(timer); resolve({ url: m[0], seconds: (Date.now() - started) / 1000 }); }
    };
    child!.stdout!.on('data', read);
    child!.stderr!.on('data', read);
    child!.on('exit', (code) => { clearTimeout(timer); reject(new Error(`the start command exited (${code}):\n${out}`)); });
  });
}

describe('the first second from the start command', () => {
  it('reports first paint and first chart of the default scenario', async () => {
    const command = process.env.START_COMMAND ?? 'npm start';
    const { url, seconds } = await startServer(command, await freePort());
    const s = await openSession();
    try {
      await s.page.goto(url);
      await s.page.waitForSelector('.chart-canvas[data-chart=cost] svg', { timeout: 60_000 });
      const t = await s.page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        const chart = performance.getEntriesByName('first-chart')[0]?.startTime ?? null;
        return { paint, chart };
      });
      console.info(`first second (${command}): server ready after ${seconds.toFixed(1)} s; first contentful paint ${Math.round(t.paint ?? -1)} ms; first chart ${Math.round(t.chart ?? -1)} ms after navigation`);
      expect(t.chart).not.toBeNull();
    } finally {
      await s.close();
    }
  }, 240_000);
});
