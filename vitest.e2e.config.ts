import { defineConfig } from 'vitest/config';

// End-to-end tests: build the site once, serve dist/ with vite preview, drive headless
// Chromium (the system's `chromium`) through playwright-core. One file at a time: the
// browser and the simulation workers need the cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
