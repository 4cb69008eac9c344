import { defineConfig } from 'vite';

// The workbench as a static site: relative base so dist/ works from any folder; module
// workers so the simulation worker can import the engine.
export default defineConfig({
  base: './',
  worker: { format: 'es' },
  build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 2500, sourcemap: false },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
});
