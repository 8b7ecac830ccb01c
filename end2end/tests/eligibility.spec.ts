import { test, expect } from '@playwright/test';
import { accessible, hydrated, start } from './helpers';

// E3 a..e and E5: each failure ends on the contact-your-administrator page with its reason,
// the tenant's helpdesk (P9) and the request-to-administrators button (K1).
// B3: a missing or disabled account looks like any account outside the SSPR group, and an
// administrator short of methods like any unregistered user (the audit keeps the truth).
const cases: [string, string, RegExp][] = [
  ['ghost@demo.example', 'not-enabled', /isn't turned on for this account/],
  ['disabled@demo.example', 'not-enabled', /isn't turned on for this account/],
  ['outsider@demo.example', 'not-enabled', /isn't turned on for this account/],
  ['unregistered@demo.example', 'not-registered', /doesn't have enough security info/],
  ['admin.lite@demo.example', 'not-registered', /doesn't have enough security info/],
  ['onprem@demo.example', 'writeback-off', /managed on-premises/],
  ['someone@gmail.com', 'consumer', /Personal accounts can't use this portal/],
];

for (const [user, reason, text] of cases) {
  test(`E3 ${reason}: ${user}`, async ({ page }) => {
    await start(page, user);
    await expect(page.getByRole('heading', { name: 'Contact your administrator' })).toBeVisible();
    await expect(page.locator(`p.reason[data-reason="${reason}"]`)).toHaveText(text);
    if (user.endsWith('@demo.example')) {
      await expect(page.getByRole('link', { name: 'Email your helpdesk: helpdesk@demo.example' })).toBeVisible();
    }
    await accessible(page);
  });
}

test('B3: a missing, a disabled and an existing out-of-scope account get the same page', async ({ page }) => {
  const contact = page.getByRole('heading', { name: 'Contact your administrator' });
  await start(page, 'ghost@demo.example');
  await expect(contact).toBeVisible();
  const missing = await page.locator('main').innerText();
  for (const user of ['disabled@demo.example', 'outsider@demo.example']) {
    await start(page, user);
    await expect(contact).toBeVisible();
    expect(await page.locator('main').innerText()).toBe(missing);
  }
});

test('K1: the request to administrators is sent once and acknowledged', async ({ page }) => {
  await start(page, 'unregistered@demo.example');
  await page.getByRole('button', { name: 'Ask my administrators to reset my password' }).click();
  await expect(page.getByRole('status')).toHaveText('Your request has been sent to your administrators.');
});

test('a spent or forged captcha keeps the user ID and asks again (E2, issue 10)', async ({ page }) => {
  await page.goto('/?username=alice%40demo.example');
  await hydrated(page);
  await expect(page.getByLabel('User ID')).toHaveValue('alice@demo.example');
  await page.locator('input[name=captcha_id]').evaluate((e) => ((e as HTMLInputElement).value = 'forged'));
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toContainText('The check that you are not a robot expired or was already used');
  await expect(page.getByLabel('User ID')).toHaveValue('alice@demo.example');
});
