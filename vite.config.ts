import { defineConfig } from 'vite';

// The workbench as a static site: relative base so dist/ works from any folder; module
// workers so the simulation worker can import the engine.
export default defineConfig({
  base: './',
  worker: { format: 'es' },
  build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 2500, sourcemap: false },
  server: { port: 5173, host: '127.0.0.1' },
  // `npm start` builds once and serves the build here (one request per bundle, not ~250 modules).
  preview: { port: 5173, host: '127.0.0.1' },
});
