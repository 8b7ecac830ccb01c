import { test, expect, APIRequestContext } from '@playwright/test';
import { accessible, remember, start, totp, DEMO_TOTP_SECRET } from './helpers';

// Issue 15: a second portal with `outbox = false` (end2end/sspr-providers.toml), whose texts
// and calls go only through the providers: here `sspr-devtools fake-providers`, which speaks
// Twilio's REST API on 127.0.0.1:3005, lists what it took at /_received, and sends Twilio's
// signed status callback for each message back to the portal.
const PORTAL = 'http://127.0.0.1:3004';
const PROVIDER = 'http://127.0.0.1:3005';
test.use({ baseURL: PORTAL });

type Received = { api: string; id: string; to: string; from: string; text: string; status_url: string | null };

/** The newest message the provider took for `to` by `api`, and the code in it (a call reads
 * the digits one by one: "1, 2, 3"). */
async function codeFromProvider(request: APIRequestContext, api: string, to: string): Promise<{ m: Received; code: string }> {
  let found: Received | undefined;
  await expect
    .poll(async () => {
      const all = (await (await request.get(`${PROVIDER}/_received`)).json()) as Received[];
      found = all.reverse().find((m) => m.api === api && m.to === to);
      return found !== undefined;
    })
    .toBe(true);
  const m = found!;
  const code = m.text.replace(/, /g, '').match(/(?<!\d)(\d{6})(?!\d)/)![1];
  remember('code', code);
  return { m, code };
}

test('reset by SMS through the provider with outbox = false (V3, V7, issue 15)', async ({ page, request }) => {
  await start(page, 'dave@demo.example');
  await page.getByRole('button', { name: 'I forgot my password' }).click();
  await page.getByRole('button', { name: /Text my mobile phone \+81 X+78/ }).click();
  await expect(page.getByLabel('Verification code')).toBeVisible();
  // No dev outbox on this portal: the code reached the phone only through the provider.
  expect((await request.get('/dev/outbox')).status()).toBe(404);
  const { m, code } = await codeFromProvider(request, 'twilio_message', '+819012345678');
  expect(m.from).toBe('+15005550006');
  expect(m.status_url).toBe(`${PORTAL}/delivery/sms/twilio/status`);
  await accessible(page);
  await page.getByLabel('Verification code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill('Harbor-Violet-73');
  await page.getByLabel('Confirm new password').fill('Harbor-Violet-73');
  remember('password', 'Harbor-Violet-73');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('status')).toHaveText('Your password has been reset.');
  // The provider's signed receipt came back and was counted (and audited).
  await expect
    .poll(async () => (await request.get('/metrics')).text())
    .toContain('sspr_delivery_receipts_total{channel="sms",provider="twilio",status="delivered"} 1');
});

test('reset by a voice call through the provider, the code said digit by digit (V3, issue 15)', async ({ page, request }) => {
  await start(page, 'bob@two.example');
  await expect(page.getByText('Verification step 1 of 2')).toBeVisible();
  await page.getByRole('button', { name: /Call my mobile phone \+44 X+00/ }).click();
  await expect(page.getByLabel('Verification code')).toBeVisible();
  const { m, code } = await codeFromProvider(request, 'twilio_call', '+442079460000');
  expect(m.text).toContain('<Say language="en-US">');
  expect(m.text).toContain(code.split('').join(', '));
  await page.getByLabel('Verification code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText('Verification step 2 of 2')).toBeVisible();
  await page.getByRole('button', { name: 'Enter a code from my authenticator app' }).click();
  await page.getByLabel('Verification code').fill(totp(DEMO_TOTP_SECRET));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill('Copper-Meadow-41');
  await page.getByLabel('Confirm new password').fill('Copper-Meadow-41');
  remember('password', 'Copper-Meadow-41');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('status')).toHaveText('Your password has been reset.');
});

test('a provider outage is the clear "try another method" page at once, and costs the user nothing (issue 15)', async ({ page, request }) => {
  await start(page, 'dave@demo.example');
  await page.getByRole('button', { name: 'I forgot my password' }).click();
  const sms = page.getByRole('button', { name: /Text my mobile phone \+81 X+78/ });
  expect((await request.post(`${PROVIDER}/_mode`, { data: 'status:503' })).status()).toBe(204);
  try {
    await sms.click();
    await expect(page.getByRole('alert')).toContainText("We couldn't send the message right now");
    // Still on the choice of methods: another one can be picked.
    await expect(page.getByRole('button', { name: /Call my mobile phone/ })).toBeVisible();
    await accessible(page);
  } finally {
    await request.post(`${PROVIDER}/_mode`, { data: 'accept' });
  }
  // The provider is back: the same option sends the code.
  await sms.click();
  await expect(page.getByLabel('Verification code')).toBeVisible();
  await codeFromProvider(request, 'twilio_message', '+819012345678');
});

test('"Resend code" counts its wait down each second, then sends a new code (issue 11)', async ({ page, request }) => {
  await start(page, 'hugo@demo.example');
  await page.getByRole('button', { name: 'I forgot my password' }).click();
  await page.getByRole('button', { name: /Text my mobile phone/ }).click();
  await expect(page.getByLabel('Verification code')).toBeVisible();
  const first = await codeFromProvider(request, 'twilio_message', '+819055550101');
  // This portal waits 3 seconds between codes: the hint counts down, then goes.
  const wait = page.locator('#resend-wait');
  await expect(wait).toHaveText(/^You can ask for a new code in (one second|[23] seconds)\.$/);
  const before = Number(await wait.getAttribute('data-seconds'));
  await expect.poll(async () => Number(await wait.getAttribute('data-seconds')), { timeout: 5_000 }).toBeLessThan(before);
  await expect(wait).toBeHidden({ timeout: 5_000 });
  await accessible(page);
  await page.getByRole('button', { name: 'Resend code' }).click();
  await expect(page.getByLabel('Verification code')).toBeVisible();
  await expect
    .poll(async () => (await codeFromProvider(request, 'twilio_message', '+819055550101')).m.id, { timeout: 10_000 })
    .not.toBe(first.m.id);
  const { code } = await codeFromProvider(request, 'twilio_message', '+819055550101');
  await page.getByLabel('Verification code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
});

