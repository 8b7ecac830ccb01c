import { test, expect, Page, APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { codeFor, hydrated, solveCaptcha } from './helpers';
import AxeBuilder from '@axe-core/playwright';

// Issue 11: every language, right to left, the picker, and WCAG 2.2 AA on every page in
// three languages. Words are read from the shipped locale files, never retyped here.

/** A single-line message of a shipped locale (`key = value`), Fluent placeables kept. */
function tr(tag: string, key: string): string {
  const src = readFileSync(`../locales/${tag}/main.ftl`, 'utf8');
  const line = src.split('\n').find((l) => l.startsWith(`${key} = `));
  if (!line) throw new Error(`${tag}: no single-line ${key}`);
  return line.slice(key.length + 3);
}

async function axe22(page: Page, what: string) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(r.violations.map((v) => `${what}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const THREE = ['en-US', 'ja-JP', 'ar-SA'];

/** The page the browser is on, in each of the three languages, checked by axe. */
async function inThree(page: Page, what: string) {
  const here = new URL(page.url());
  for (const tag of THREE) {
    here.searchParams.set('mkt', tag.toLowerCase());
    await page.goto(here.pathname + here.search);
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.locator('html')).toHaveAttribute('dir', tag === 'ar-SA' ? 'rtl' : 'ltr');
    await hydrated(page);
    await axe22(page, `${what} ${tag}`);
  }
  here.searchParams.set('mkt', 'en-us');
  await page.goto(here.pathname + here.search);
}

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });
  test('?mkt= finds each language by its fallback chain, Accept-Language after it (L1, L2, L3)', async ({ page, context }) => {
    for (const [mkt, tag] of [['es-us', 'es-MX'], ['pt', 'pt-BR'], ['zh-hk', 'zh-TW'], ['fr', 'fr-FR'], ['de-de', 'de-DE'], ['he', 'he-IL']]) {
      await page.goto(`/?mkt=${mkt}`);
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr(tag, 'reset-title'));
      await expect(page).toHaveTitle(new RegExp(`^${tr(tag, 'reset-title')}`));
    }
    // The visit remembers the last choice (Hebrew) on a page without ?mkt=.
    await page.goto('/signin');
    await expect(page.locator('html')).toHaveAttribute('lang', 'he-IL');
    // A new visit with an unknown value: the browser's language, German.
    await context.clearCookies();
    await page.goto('/?mkt=xx-yy');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('de-DE', 'reset-title'));
  });
});

test('the picker switches language mid-flow and the next step keeps it', async ({ page, request }) => {
  await page.goto('/');
  await hydrated(page);
  await page.getByLabel('User ID').fill('lena@demo.example');
  await solveCaptcha(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Why are you having trouble signing in?' })).toBeVisible();
  // The picker: a disclosure in the header's language navigation, every language in itself.
  const nav = page.getByRole('navigation', { name: 'Language' });
  await nav.getByText('Language').click();
  await expect(nav.getByRole('link')).toHaveCount(46);
  await nav.getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(/\/reset\/choose\?mkt=ja-jp/);
  await expect(page.getByRole('heading', { name: tr('ja-JP', 'choose-title') })).toBeVisible();
  await page.getByRole('button', { name: tr('ja-JP', 'choose-forgot') }).click();
  // The next step (a redirect after a form post) is still Japanese, and so is the mail.
  await expect(page.getByRole('heading', { name: tr('ja-JP', 'verify-title') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP');
  await expect(page).toHaveTitle(new RegExp(`^${tr('ja-JP', 'verify-title')}`));
  await page.getByRole('button', { name: /l\*\*\*@mail\.example/ }).click();
  const code = await codeFor(page, request, 'lena.home@mail.example');
  const outbox = await (await request.get('/dev/outbox')).text();
  expect(outbox).toContain(tr('ja-JP', 'msg-code-subject').replace('{ $org }', 'Demo Corp'));
  await page.getByLabel(tr('ja-JP', 'code-label')).fill(code);
  await page.getByRole('button', { name: tr('ja-JP', 'verify-button') }).click();
  await expect(page.getByRole('heading', { name: tr('ja-JP', 'password-title') })).toBeVisible();
});

test('Arabic is laid out right to left, codes and addresses kept left to right (screenshot)', async ({ page }, info) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('/?mkt=ar-sa');
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const shot = await page.screenshot({ fullPage: true });
  await info.attach('entry-ar-SA', { body: shot, contentType: 'image/png' });
  // Right to left: text starts at the right edge of its box (heading, label), the header's
  // brand is on the right and the picker on the left, the user ID field itself left to
  // right (an address).
  const gaps = (sel: string) =>
    page.locator(sel).evaluate((el) => {
      const r = document.createRange();
      r.selectNodeContents(el);
      const t = r.getBoundingClientRect();
      const b = el.getBoundingClientRect();
      return { right: b.right - t.right, left: t.left - b.left };
    });
  for (const sel of ['h1', 'label[for="username"]']) {
    const g = await gaps(sel);
    expect(g.right, sel).toBeLessThan(2);
    expect(g.left, sel).toBeGreaterThan(20);
  }
  const brand = (await page.locator('.top .brand').boundingBox())!;
  const picker = (await page.locator('.top .lang').boundingBox())!;
  expect(brand.x).toBeGreaterThan(picker.x);
  expect(await page.locator('#username').evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
  await page.getByLabel(tr('ar-SA', 'userid-label')).fill('lena@demo.example');
  await solveCaptcha(page);
  await page.locator('form button[type=submit]').first().click();
  await page.getByRole('button', { name: tr('ar-SA', 'choose-forgot') }).click();
  const option = page.locator('ul.options button').first();
  await option.click();
  await expect(page.locator('#code')).toBeVisible();
  expect(await page.locator('#code').evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
  // The masked address inside Arabic text is isolated (U+2068..U+2069) so it reads l***@...
  const pending = await page.locator('#pending').textContent();
  expect(pending).toMatch(/\u2068l\*\*\*@mail\.example\u2069/);
  const shot2 = await page.screenshot({ fullPage: true });
  await info.attach('verify-ar-SA', { body: shot2, contentType: 'image/png' });
});

test('every reset and account page passes axe (WCAG 2.2 AA) in en-US, ja-JP and ar-SA', async ({ page, request }) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await inThree(page, 'entry');
  await page.getByLabel('User ID').fill('lena@demo.example');
  await solveCaptcha(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Why are you having trouble signing in?' })).toBeVisible();
  await inThree(page, 'choose');
  await page.getByRole('button', { name: 'I forgot my password' }).click();
  await expect(page.getByRole('heading', { name: 'Verify your identity' })).toBeVisible();
  await page.getByRole('button', { name: /^Email my alternate address/ }).click();
  const code = await codeFor(page, request, 'lena.home@mail.example');
  await inThree(page, 'verify');
  await page.getByLabel('Verification code').fill('000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  // The error is beside its field, linked to it and focused.
  const field = page.getByLabel('Verification code');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-describedby', /code-error/);
  await expect(field).toBeFocused();
  await expect(page.locator('#code-error')).toHaveText(tr('en-US', 'err-code-wrong'));
  await inThree(page, 'verify with an error');
  await page.getByLabel('Verification code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expect(page.getByLabel('New password', { exact: true })).toHaveAttribute('autocomplete', 'new-password');
  await inThree(page, 'new password');
  await page.getByLabel('New password', { exact: true }).fill('Lena-Kite-7-Lamp');
  await page.getByLabel('Confirm new password').fill('Lena-Kite-7-Lamp');
  await page.getByRole('button', { name: 'Finish' }).click();
  // "not contain your name": the checklist and the server agree.
  await expect(page.locator('li[data-rule="pw-rule-name"]')).toHaveAttribute('data-ok', 'false');
  await page.getByLabel('New password', { exact: true }).fill('Blue7Kite4Lamp!');
  await page.getByLabel('Confirm new password').fill('Blue7Kite4Lamp!');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('status')).toHaveText('Your password has been reset.');
  await inThree(page, 'done');

  // A stranger's contact page.
  await page.goto('/');
  await hydrated(page);
  await page.getByLabel('User ID').fill('nobody@demo.example');
  await solveCaptcha(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Contact your administrator' })).toBeVisible();
  await inThree(page, 'contact');

  // Signed in: account, security info, adding and deleting a method, change password.
  await page.goto('/signin');
  await inThree(page, 'sign in');
  await page.getByLabel('User ID').fill('lena@demo.example');
  await page.getByLabel('Password', { exact: true }).fill('Blue7Kite4Lamp!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Imported without a confirmation date, she is asked to reconfirm first (C1).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/My account|Is your security info still accurate\?/);
  if (await page.getByRole('heading', { name: 'Is your security info still accurate?' }).isVisible()) {
    await inThree(page, 'reconfirm');
    // Confirming leads to the account page; wait for it rather than race its redirect.
    await page.getByRole('button', { name: 'Looks good' }).click();
    await expect(page.getByRole('status')).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'My account' })).toBeVisible();
  await inThree(page, 'account');
  await page.goto('/setup');
  await expect(page.getByRole('heading', { level: 1, name: 'Security info' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add method' })).toBeVisible();
  await inThree(page, 'security info');
  await page.goto('/setup/add/phone');
  await inThree(page, 'add phone');
  // Her alternate email is never listed (V2); she registers a second address to delete it.
  await page.goto('/setup/add/email');
  await inThree(page, 'add email');
  await page.getByLabel('Email address').fill('lena.phone@mail.example');
  await page.getByRole('button', { name: 'Next' }).click();
  const added = await codeFor(page, request, 'lena.phone@mail.example');
  await inThree(page, 'add email code');
  await page.getByLabel('Verification code').fill(added);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('status')).toHaveText('Your method was added.');
  await page.getByRole('link', { name: /^Delete Email/ }).click();
  await expect(page.getByRole('heading', { name: 'Delete this method?' })).toBeVisible();
  // Not the last way to reset: the alternate email still reaches her, so no warning.
  await expect(page.locator('#delete-warning')).toHaveCount(0);
  await inThree(page, 'delete method');
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('status')).toHaveText(tr('en-US', 'setup-done-deleted'));
  await expect(page.locator('li[data-method="email"]')).toHaveCount(0);
  await page.goto('/password/change');
  await expect(page.getByLabel('Current password')).toHaveAttribute('autocomplete', 'current-password');
  await inThree(page, 'change password');
});

test('a reset done with the keyboard alone', async ({ page, request }) => {
  await page.goto('/');
  await hydrated(page);
  // Tab until the focused element is the one wanted (an id, or a button's leading text).
  const tabTo = async (want: { id?: string; button?: string }, note: string) => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const ok = await page.evaluate((w) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return false;
        if (w.id) return el.id === w.id;
        return el.tagName === 'BUTTON' && (el.textContent || '').trim().startsWith(w.button || '\u0000');
      }, want);
      if (ok) return;
    }
    throw new Error(`Tab never reached ${note}`);
  };
  await tabTo({ id: 'username' }, 'the user ID');
  await page.keyboard.type('lena@demo.example');
  await solveCaptcha(page);
  await tabTo({ button: 'Next' }, 'Next');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Why are you having trouble signing in?' })).toBeVisible();
  await tabTo({ button: 'I forgot my password' }, 'I forgot');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Verify your identity' })).toBeVisible();
  await tabTo({ button: 'Email my alternate address' }, 'the email option');
  await page.keyboard.press('Enter');
  const code = await codeFor(page, request, 'lena.home@mail.example');
  await tabTo({ id: 'code' }, 'the code field');
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await hydrated(page);
  await tabTo({ id: 'password' }, 'the new password');
  await page.keyboard.type('Green8Cloud3Boat!');
  await tabTo({ id: 'confirm' }, 'the confirmation');
  await page.keyboard.type('Green8Cloud3Boat!');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Your password has been reset.');
  // The focus ring is visible on the next control reached.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
