import { expect, Page, APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createHmac } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';

/** Where tests record the secrets they used; the global teardown checks that none of them
 * appears in the database files or the server log (issue 3). */
export const USED_SECRETS = '../target/e2e-var/used-secrets.jsonl';

/** Record a value that must never be stored or logged in clear. `code` values are matched
 * as whole numbers, the others as case-insensitive substrings. */
export function remember(kind: 'code' | 'secret' | 'answer' | 'password', value: string) {
  mkdirSync('../target/e2e-var', { recursive: true });
  appendFileSync(USED_SECRETS, JSON.stringify({ kind, value }) + '\n');
}

/** Waits for the islands to hydrate (the Enhance island marks the body). */
export async function hydrated(page: Page) {
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
}

/** Fails on any axe violation of WCAG 2.2 A/AA on the current page (issue 11). */
export async function accessible(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** The captcha (issue 10): with JavaScript the portal's wasm solves the proof of work and
 * says so; without it there is nothing to do (the server waits out a few seconds). */
export async function solveCaptcha(page: Page, js = true) {
  const status = page.locator('#captcha-status');
  await expect(status).toHaveAttribute('role', 'status');
  // 2: solved by the wasm; 0: as the server wrote it (no JavaScript), the wait explained.
  await expect(status).toHaveAttribute('data-state', js ? '2' : '0', { timeout: 20_000 });
  await expect(status).not.toBeEmpty();
}

/** Entry page: user ID + captcha, then Next. */
export async function start(page: Page, user: string, opts: { mkt?: string; js?: boolean } = {}) {
  await page.goto(opts.mkt ? `/?mkt=${opts.mkt}` : '/');
  if (opts.js !== false) await hydrated(page);
  await page.locator('#username').fill(user);
  await solveCaptcha(page, opts.js !== false);
  await page.locator('form button[type=submit]').first().click();
}

/** Newest code sent to `to` (email address or phone), read from the demo outbox page once
 * the page shows the code field, that is once the server has sent the message. */
export async function codeFor(page: Page, request: APIRequestContext, to: string): Promise<string> {
  await expect(page.locator('#code')).toBeVisible();
  const html = await (await request.get('/dev/outbox')).text();
  const items = html.split('<article').slice(1);
  for (const item of items) {
    if (item.includes(to)) {
      const m = item.match(/\b(\d{6})\b/);
      if (m) {
        remember('code', m[1]);
        return m[1];
      }
    }
  }
  throw new Error(`no code for ${to} in the outbox`);
}

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s) from a base32 secret, computed by the test. */
export function totp(base32: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const h = createHmac('sha1', bytes).update(counter).digest();
  const off = h[h.length - 1] & 0xf;
  const bin = ((h[off] & 0x7f) << 24) | (h[off + 1] << 16) | (h[off + 2] << 8) | h[off + 3];
  const code = String(bin % 1_000_000).padStart(6, '0');
  remember('code', code);
  return code;
}

export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The sign-in page, as a user fills it. */
export async function signIn(page: Page, user: string, password: string) {
  await page.goto('/signin');
  await hydrated(page);
  await page.getByLabel('User ID').fill(user);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Sign-in's second step by SMS, for users with a phone (G1). */
export async function secondStepBySms(page: Page, request: APIRequestContext, phone: string) {
  await expect(page.getByRole('heading', { name: 'Verify your identity' })).toBeVisible();
  await page.getByRole('button', { name: /^Text my mobile phone/ }).click();
  const code = await codeFor(page, request, phone);
  await page.getByLabel('Verification code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}
