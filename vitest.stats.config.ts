import { defineConfig } from 'vitest/config';

/**
 * The statistical health check (`npm run test:stats`): Kolmogorov–Smirnov and chi-square tests
 * of the engine's distributions at many seeds. Slower than `npm test` and not part of it.
 */
export default defineConfig({
  test: {
    include: ['test/stats/**/*.stats.ts'],
    testTimeout: 300_000,
  },
});
