import { defineConfig } from 'vitest/config';

/**
 * Three projects, so the quick loop stays quick:
 * - unit: the platform-free core (test/core), no app import, no child processes: `npm run test:unit`;
 * - integration: the bot on TestAdapter (transcripts) and over HTTP, the SMS and Web Chat routes, scripts: `npm run test:integration`;
 * - external: real Azure Blob Storage (Azurite) and a real browser (Chromium): `npm run test:external`.
 * `npm test` (and `npx vitest run`) runs all three.
 */
const EXTERNAL = ['test/storage/blobStorage.test.ts', 'test/e2e/stateBlob.test.ts', 'test/e2e/webchatBrowser.test.ts', 'test/webchat/embedBrowser.test.ts'];
/** Core tests that run the kb:* scripts as child processes. */
const SPAWNS_SCRIPTS = ['test/core/knowledge/kbScripts.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    setupFiles: ['test/support/noWarnings.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/core/**/*.test.ts'], exclude: SPAWNS_SCRIPTS } },
      { extends: true, test: { name: 'integration', include: ['test/!(core)/**/*.test.ts', ...SPAWNS_SCRIPTS], exclude: EXTERNAL } },
      { extends: true, test: { name: 'external', include: EXTERNAL } },
    ],
  },
});
