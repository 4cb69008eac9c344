/**
 * One source for the policies: index.html's <meta> tag, public/_headers and docs/hosting.md
 * say what src/hosting/contentSecurityPolicy.ts says; production connects nowhere but its own
 * origin (no ws:/wss:); the worker's policy allows nothing but the engine's own scripts; the
 * servers' middleware gives the worker script its own policy and everything else the page's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile, pageHeaderPolicy, pagePolicy, policyFor, WORKER_POLICY } from '../../src/hosting/contentSecurityPolicy.js';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('content security policy', () => {
  it('drops ws: and wss: in production and keeps them for the development server', () => {
    expect(pagePolicy('production')).not.toMatch(/\bwss?:/);
    expect(pagePolicy('development')).toMatch(/connect-src 'self' ws: wss:/);
    for (const mode of ['production', 'development'] as const) {
      expect(pagePolicy(mode)).not.toMatch(/unsafe-eval|frame-ancestors/);
      expect(pageHeaderPolicy(mode)).toMatch(/frame-ancestors 'none'$/);
    }
  });

  it("gives the worker a policy of its own: the engine's scripts, no network, no workers", () => {
    expect(WORKER_POLICY).toMatch(/^default-src 'none'; script-src 'self'; connect-src 'none'; worker-src 'none'/);
    expect(policyFor('/assets/browserWorker-BQx_3z9a.js', 'production')).toBe(WORKER_POLICY);
    expect(policyFor('/src/worker/browserWorker.ts?worker_file&type=module', 'development')).toBe(WORKER_POLICY);
    expect(policyFor('/index.html', 'production')).toBe(pageHeaderPolicy('production'));
    expect(policyFor('/assets/index-abc.js', 'production')).toBe(pageHeaderPolicy('production'));
  });

  it("index.html's meta tag is the production page policy", () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(read('index.html'));
    expect(meta?.[1]).toBe(pagePolicy('production'));
  });

  it('public/_headers and docs/hosting.md carry the same policies', () => {
    expect(read('public/_headers')).toBe(headersFile());
    const doc = read('docs/hosting.md');
    expect(doc).toContain(pageHeaderPolicy('production'));
    expect(doc).toContain(WORKER_POLICY);
  });
});
