import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension (.output/): `npm run build` first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    // README screenshots are taken only on request (npm run screenshots), so CI never dirties the tree.
    exclude: process.env.GLOSS_SCREENSHOTS === '1' ? [] : ['tests/e2e/screenshots.test.ts'],
    // One browser at a time: two cores are shared by a browser, its extension and the test.
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
