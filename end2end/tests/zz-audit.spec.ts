import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { start, totp, DEMO_TOTP_SECRET } from './helpers';

// A1, A2, W2 (issue 4): the administrator's CLI reads back, from the portal's own database,
// every step of a reset this test makes, and `sspr report` counts it. The server keeps
// running on the same SQLite file (WAL: readers do not block it).
function sspr(args: string[]): string {
  const env = { ...process.env };
  delete env.SSPR_LOG_FILE;
  delete env.SSPR_CONFIG;
  env.SSPR_DATABASE_URL = 'sqlite://../target/e2e-var/sspr.db';
  env.SSPR_VAR_DIR = '../target/e2e-var';
  env.SSPR_LOG = 'error';
  return execFileSync('../target/release/sspr', args, { env, encoding: 'utf8' });
}

type Row = { step: string; outcome: string; method?: string; client?: string; ip?: string; user?: string; tenant?: string };

test('audit rows for each step of a reset, and the report counts it (A1, A2, W2)', async ({ page }) => {
  const before = JSON.parse(sspr(['report', '--json', '--tenant', 'demo']));
  await start(page, 'frank@demo.example');
  await page.getByRole('button', { name: 'I forgot my password' }).click();
  await page.getByRole('button', { name: 'Enter a code from my authenticator app' }).click();
  await page.getByLabel('Verification code').fill(totp(DEMO_TOTP_SECRET));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByLabel('New password', { exact: true }).fill('Copper-Lark-62');
  await page.getByLabel('Confirm new password').fill('Copper-Lark-62');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('status')).toHaveText('Your password has been reset.');

  const rows: Row[] = sspr(['audit', '--user', 'frank@demo.example', '--format', 'jsonl'])
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  // The last flow of this user, in order.
  const last = rows.slice(rows.map((r) => r.step).lastIndexOf('start'));
  expect(last.map((r) => `${r.step}:${r.outcome}`)).toEqual(['start:ok', 'choose:ok', 'select:ok', 'verify:ok', 'reset:ok']);
  for (const r of last) {
    expect(r.tenant).toBe('demo');
    expect(r.client).toBe('browser');
    expect(r.ip).toBe('127.0.0.1');
  }
  expect(last.filter((r) => r.method).map((r) => r.method)).toEqual(['MobileAppCode', 'MobileAppCode']);

  const after = JSON.parse(sspr(['report', '--json', '--tenant', 'demo']));
  expect(after.started - before.started).toBe(1);
  expect(after.resets - before.resets).toBe(1);
  expect(after.users).toBe(before.users);
  // The CSV export has the same rows.
  const csv = sspr(['audit', '--user', 'frank@demo.example', '--format', 'csv']).trim().split('\n');
  expect(csv[0]).toBe('at,tenant,user,ip,client,step,method,outcome,reason');
  expect(csv.length - 1).toBe(rows.length);
});
