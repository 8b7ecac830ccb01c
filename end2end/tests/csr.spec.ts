import { test, expect } from '@playwright/test';
import { codeFor, solveCaptcha } from './helpers';

const STATIC = 'http://127.0.0.1:3002';

test('the static client-side bundle (Trunk) resets a password through the portal on another origin', async ({ page, request }) => {
  await page.goto(`${STATIC}/?mkt=en-us`);
  await expect(page.getByRole('heading', { name: 'Get back into your account' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await page.getByLabel('User ID').fill('alice@demo.example');
  await solveCaptcha(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'I forgot my password' }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:3002\/reset\//);
  await page.getByRole('button', { name: /Email my alternate address/ }).click();
  await page.getByLabel('Verification code').fill(await codeFor(page, request, 'alice.home@mail.example'));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByLabel('New password', { exact: true }).fill('Static-Harbor-62');
  await page.getByLabel('Confirm new password').fill('Static-Harbor-62');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('status')).toHaveText('Your password has been reset.');
});
