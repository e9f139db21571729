import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Journeys against the packaged server: global-setup.ts starts `java -jar $GRIDSIGHT_JAR` on a free
 * port and publishes its address in GRIDSIGHT_E2E_BASE_URL before the workers start, so the
 * workers read it here. Set GRIDSIGHT_E2E_BASE_URL yourself to test a server that already runs.
 */
export default defineConfig({
  testDir: here,
  testMatch: '*.spec.ts',
  globalSetup: path.join(here, 'global-setup.ts'),
  globalTeardown: path.join(here, 'global-teardown.ts'),
  outputDir: path.resolve(here, '../../target/e2e/test-results'),
  reporter: 'list',
  retries: 0,
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // a 2-core machine running the JVM next to the browser: generous, but bounded
  timeout: 90_000,
  globalTimeout: 15 * 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: process.env.GRIDSIGHT_E2E_BASE_URL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    locale: 'en-GB',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
