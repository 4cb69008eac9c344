import type { IncomingMessage, ServerResponse } from 'node:http';
import { defineConfig, type Plugin } from 'vite';
import { OTHER_HEADERS, pagePolicy, policyFor, type Mode } from './src/hosting/contentSecurityPolicy.js';

/**
 * The Content Security Policy per mode: index.html's <meta> tag gets the mode's page policy
 * (production drops the live-reload ws: and wss:), and the dev and preview servers send the
 * policies as headers too, so the workers get a policy of their own and framing is refused.
 */
function contentSecurityPolicy(): Plugin {
  let mode: Mode = 'production';
  const headers = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    res.setHeader('Content-Security-Policy', policyFor(req.url ?? '/', mode));
    for (const [name, value] of Object.entries(OTHER_HEADERS)) res.setHeader(name, value);
    next();
  };
  return {
    name: 'content-security-policy',
    configResolved(config) { mode = config.command === 'serve' && config.mode !== 'production' && !config.isProduction ? 'development' : 'production'; },
    transformIndexHtml: (html) => html.replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/, `$1${pagePolicy(mode)}$2`),
    configureServer(server) { server.middlewares.use(headers); },
    configurePreviewServer(server) { mode = 'production'; server.middlewares.use(headers); },
  };
}

// The workbench as a static site: relative base so dist/ works from any folder; module
// workers so the simulation worker can import the engine.
export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 2500, sourcemap: false },
  server: { port: 5173, host: '127.0.0.1' },
  // `npm start` builds once and serves the build here (one request per bundle, not ~250 modules).
  preview: { port: 5173, host: '127.0.0.1' },
});
