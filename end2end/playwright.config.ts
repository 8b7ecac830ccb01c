import { defineConfig } from '@playwright/test';

// Runs against the real release server that `cargo xtask test` starts on 127.0.0.1:3000,
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
  // at the portal that `cargo xtask test` runs.
  webServer: [
    {
      command: '../target/release/sspr-devtools serve-dir --dir ../dist --listen 127.0.0.1:3002 --api-origin http://127.0.0.1:3000',
      url: 'http://127.0.0.1:3002/',
      reuseExistingServer: true,
      timeout: 30_000,
    },
    // Issue 15: stand-ins of the SMS and voice providers' APIs, and a second portal with no
    // outbox that reaches phones only through them (providers.spec.ts).
    {
      command: '../target/release/sspr-devtools fake-providers --listen 127.0.0.1:3005',
      url: 'http://127.0.0.1:3005/_received',
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'rm -rf target/e2e-var2 && mkdir -p target/e2e-var2 && exec target/release/sspr',
      cwd: '..',
      url: 'http://127.0.0.1:3004/healthz',
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        ...(process.env as Record<string, string>),
        SSPR_CONFIG: 'end2end/sspr-providers.toml',
        SSPR_VAR_DIR: 'target/e2e-var2',
        SSPR_DATABASE_URL: 'sqlite://target/e2e-var2/sspr.db',
        SSPR_DEMO_FILE: 'demo/demo.toml',
        SSPR_LISTEN: '127.0.0.1:3004',
        SSPR_SMS_TWILIO_SECRET: 'twilio-test-token',
        SSPR_VOICE_TWILIO_SECRET: 'twilio-test-token',
        SSPR_LOG: 'info,sqlx=warn',
        SSPR_LOG_FILE: 'target/e2e-var2/server.log',
      },
    },
  ],
  use: {
    baseURL: process.env.SSPR_BASE_URL ?? 'http://127.0.0.1:3000',
    locale: 'en-US',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
