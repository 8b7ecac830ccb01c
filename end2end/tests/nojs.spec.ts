import { test, expect } from '@playwright/test';
import { codeFor, start } from './helpers';

test.use({ javaScriptEnabled: false });

test('the whole reset works with JavaScript disabled (administrator two-gate: email + SMS)', async ({ page, request }) => {
  await start(page, 'erin@demo.example', { js: false });
  await page.getByRole('button', { name: 'I forgot my password' }).click();
  await expect(page.getByText('Verification step 1 of 2')).toBeVisible();
  await page.getByRole('button', { name: /Email my alternate address e\*\*\*@mail\.example/ }).click();
  await page.getByLabel('Verification code').fill(await codeFor(page, request, 'erin.admin@mail.example'));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText('Verification step 2 of 2')).toBeVisible();
  await page.getByRole('button', { name: /Text my mobile phone/ }).click();
  await page.getByLabel('Verification code').fill(await codeFor(page, request, '+1 4255550100'));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByLabel('Confirm new password').fill('short');
  await page.getByRole('button', { name: 'Finish' }).click();
  // Without JavaScript the server's check speaks: the refusal lists the rules not met.
  await expect(page.getByRole('alert')).toContainText('be at least 8 characters long');
  await page.getByLabel('New password', { exact: true }).fill('Quiet-Harbor-93');
  await page.getByLabel('Confirm new password').fill('Quiet-Harbor-93');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('status')).toHaveText('Your password has been reset.');
});
