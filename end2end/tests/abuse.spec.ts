import { test, expect } from '@playwright/test';
import { accessible, secondStepBySms, signIn, start } from './helpers';

// Issue 10: what a stranger with no account can make the portal do to someone else.

test('a stranger failing reset codes cannot lock the owner out of sign-in, and the owner is told', async ({ browser, request, baseURL }) => {
  // The stranger: a reset for Vera, an SMS, six wrong codes.
  // Issue 11: each browser sees times in its own zone, named.
  const strangerContext = await browser.newContext({ baseURL, timezoneId: 'Asia/Tokyo' });
  const stranger = await strangerContext.newPage();
  await start(stranger, 'vera@demo.example');
  await stranger.getByRole('button', { name: 'I forgot my password' }).click();
  await stranger.getByRole('button', { name: /^Text my mobile phone/ }).click();
  await expect(stranger.getByLabel('Verification code')).toBeVisible();
  for (let i = 0; i < 5; i++) {
    await stranger.getByLabel('Verification code').fill('000000');
    await stranger.getByRole('button', { name: 'Verify' }).click();
    await expect(stranger.getByRole('alert')).toBeVisible();
  }
  await stranger.getByLabel('Verification code').fill('000000');
  await stranger.getByRole('button', { name: 'Verify' }).click();
  await expect(stranger.getByRole('alert')).toContainText("You've tried too many times");
  await expect(stranger.getByRole('alert')).toContainText(/Try again after \d+\/\d+\/\d{4}, \d+:\d\d [AP]M \(Asia\/Tokyo\)/);
  await strangerContext.close();

  // Vera, in her own browser, signs in with her password and her phone: not blocked.
  const veraContext = await browser.newContext({ baseURL, timezoneId: 'Europe/Berlin' });
  const vera = await veraContext.newPage();
  await signIn(vera, 'vera@demo.example', 'Vera-Passw0rd-1');
  await secondStepBySms(vera, request, '+81 9055550202');
  // Signed in, she is told on the first page she sees, and on her security info.
  await expect(vera.getByRole('heading', { name: 'Is your security info still accurate?' })).toBeVisible();
  const notice = vera.locator('#reset-attempts');
  await expect(notice).toContainText('Someone tried to reset your password and failed to verify 5 times');
  await expect(notice).toContainText('(Europe/Berlin)');
  await accessible(vera);
  await vera.goto('/setup');
  await expect(vera.getByRole('heading', { name: 'Security info', exact: true })).toBeVisible();
  await expect(notice).toContainText('Someone tried to reset your password and failed to verify 5 times');
  await veraContext.close();
});
