import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The release server, started fresh for each run on its own port with an
// empty data directory, in Debian's Chromium (no browser is downloaded).
const port = Number(process.env.E2E_PORT ?? 3137);
const baseURL = `http://127.0.0.1:${port}`;
// Made once, in the main process; workers inherit it to read the outbox.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'offerline-e2e-'));
const dataDir = process.env.E2E_DATA_DIR;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL,
    launchOptions: chromium,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    {
      name: 'mobile-360',
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, launchOptions: chromium },
    },
  ],
  webServer: {
    command: 'target/release/offerline serve',
    cwd: '..',
    url: `${baseURL}/readyz`,
    timeout: 60_000,
    reuseExistingServer: false,
    env: {
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      OFFERLINE_DATA_DIR: dataDir,
      OFFERLINE_BASE_URL: baseURL,
      OFFERLINE_DATA_LOCATION: 'the European Union',
      OFFERLINE_PRIVACY_CONTACT: 'privacy@offerline.test',
      // Each test says which client it is, so rate limits count per test.
      OFFERLINE_TRUST_PROXY: 'true',
      // A deleted account is erased without a grace period, so the deletion
      // spec can see sign-in refused at once (the grace period itself is
      // tested in tests/privacy_erasure.rs).
      OFFERLINE_DELETION_GRACE_DAYS: '0',
      // A fresh account with a board holds about 20 records; one with a
      // CSV of 60 applications goes past this and gets its export prepared
      // in the background (data-large.spec.ts).
      OFFERLINE_EXPORT_BACKGROUND_ROWS: '60',
      RUST_LOG: 'warn',
    },
  },
});
