import { defineConfig } from '@playwright/test';

// Runs against the real server that `cargo leptos end-to-end` starts (see `cargo xtask test`),
// in Debian's headless Chromium. Serial: tests read a shared outbox and per-user throttles.
export default defineConfig({
  testDir: './tests',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  // The static client-side bundle (dist/, built by `trunk build`) on another origin, pointed
  // at the portal that `cargo leptos end-to-end` runs.
  webServer: {
    command: '../target/release/sspr-devtools serve-dir --dir ../dist --listen 127.0.0.1:3002 --api-origin http://127.0.0.1:3000',
    url: 'http://127.0.0.1:3002/',
    reuseExistingServer: true,
    timeout: 30_000,
  },
  use: {
    baseURL: process.env.SSPR_BASE_URL ?? 'http://127.0.0.1:3000',
    locale: 'en-US',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
