import { test, expect } from '@playwright/test';
import { accessible, codeFor, hydrated, solveCaptcha } from './helpers';

test('W1: compact layout for sign-in screens, prefilled user ID, allowlisted return address', async ({ page, request }) => {
  const ru = 'https://app.demo.example/signin?from=sspr';
  const url = `/?username=alice%40demo.example&compact=1&client=signin&ru=${encodeURIComponent(ru)}`;
  const head = await request.get(url);
  expect(head.headers()['content-security-policy']).toContain('frame-ancestors https://signin.demo.example');
  await page.goto(url);
  await hydrated(page);
  await expect(page.locator('.page.compact')).toHaveCount(1);
  await expect(page.getByLabel('User ID')).toHaveValue('alice@demo.example');
  await accessible(page);
  await solveCaptcha(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'I forgot my password' }).click();
  await expect(page.locator('.page.compact')).toHaveCount(1);
  await page.getByRole('button', { name: /Email my alternate address/ }).click();
  await page.getByLabel('Verification code').fill(await codeFor(page, request, 'alice.home@mail.example'));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByLabel('New password', { exact: true }).fill('Maple-Comet-31');
  await page.getByLabel('Confirm new password').fill('Maple-Comet-31');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('link', { name: 'Sign in with your account' })).toHaveAttribute('href', ru);
});

test('W1: a return address off the allowlist is ignored, and pages refuse framing by default', async ({ page, request }) => {
  const head = await request.get('/');
  expect(head.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await page.goto(`/?ru=${encodeURIComponent('https://evil.example/')}`);
  await page.getByLabel('User ID').fill('unregistered@demo.example');
  await solveCaptcha(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Contact your administrator' })).toBeVisible();
  await expect(page.locator('a[href^="https://evil.example"]')).toHaveCount(0);
});

test('W3: a lost connection shows "Something went wrong" with a retry, and nothing typed is lost', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.getByLabel('User ID').fill('alice@demo.example');
  await solveCaptcha(page);
  await page.route('**/api/start', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toContainText('Something went wrong. Try again later.');
  await expect(page.getByLabel('User ID')).toHaveValue('alice@demo.example');
  await page.unroute('**/api/start');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Why are you having trouble signing in?' })).toBeVisible();
});
