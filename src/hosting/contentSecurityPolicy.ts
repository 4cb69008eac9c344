/**
 * The Content Security Policies of the page and of its simulation workers, in one place: the
 * page's <meta> tag (written into index.html per build mode), the headers the dev and preview
 * servers send, public/_headers and docs/hosting.md all come from or are checked against these.
 *
 * - The page: no 'unsafe-eval' (charts use vega's expression interpreter); styles may be set
 *   by vega and its tooltips; the development server's live reload needs ws:, a production
 *   build connects nowhere but its own origin.
 * - A <meta> policy reaches neither the workers nor `frame-ancestors`, so a host must also send
 *   headers: the page's policy with frame-ancestors 'none' (no framing, no clickjacking), and
 *   for the worker script a policy of its own. Workers process untrusted scenarios: they may
 *   load the engine's own scripts and nothing else — no network, no nested workers.
 */
export type Mode = 'development' | 'production';

const join = (directives: readonly string[]): string => directives.join('; ');

/** The page's policy as a <meta> tag can carry it (frame-ancestors is ignored there and draws a console warning). */
export function pagePolicy(mode: Mode): string {
  return join([
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    mode === 'development' ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ]);
}

/** The page's policy as an HTTP header: the same, and nobody may frame the page. */
export function pageHeaderPolicy(mode: Mode): string {
  return `${pagePolicy(mode)}; frame-ancestors 'none'`;
}

/** The simulation worker's own policy, sent with its script (a worker takes the policy of its script's response). */
export const WORKER_POLICY = join([
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]);

/** The worker script's path, in development (/src/worker/browserWorker.ts) and in a build (assets/browserWorker-<hash>.js). */
export const WORKER_SCRIPT = /\/browserWorker(?:-[\w-]+\.js|\.ts)(?:\?|$)/;

/** Headers every response should carry besides the policy. */
export const OTHER_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The policy header for a request path. */
export function policyFor(path: string, mode: Mode): string {
  return WORKER_SCRIPT.test(path) ? WORKER_POLICY : pageHeaderPolicy(mode);
}

/**
 * public/_headers (Netlify and Cloudflare Pages): every path gets the page's header policy,
 * the worker script additionally its own (both policies then apply to it; the worker's is the
 * stricter, so it decides).
 */
export function headersFile(): string {
  const other = Object.entries(OTHER_HEADERS).map(([k, v]) => `  ${k}: ${v}`).join('\n');
  return [
    '# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages).',
    '# Generated from src/hosting/contentSecurityPolicy.ts; test/hosting checks they agree.',
    '/*',
    `  Content-Security-Policy: ${pageHeaderPolicy('production')}`,
    other,
    '/assets/browserWorker-*',
    `  Content-Security-Policy: ${WORKER_POLICY}`,
    '',
  ].join('\n');
}
