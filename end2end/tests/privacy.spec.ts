import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, watchProblems } from './helpers';
import { PASSWORD, separateNetworks, signUp, unique } from './account';

separateNetworks();

async function myId(page: Page): Promise<string> {
  const reply = await page.request.post('/api/auth/me', { headers: { origin: new URL(page.url()).origin } });
  expect(reply.ok()).toBeTruthy();
  return (await reply.json()).id;
}

/** The unsubscribe token the server puts in product email: the account id
 * and its HMAC under the instance's generated secret key. */
function unsubscribeToken(userId: string): string {
  const hex = readFileSync(join(process.env.E2E_DATA_DIR ?? '', 'secrets', 'secret_key'), 'utf8').trim();
  const mac = createHmac('sha256', Buffer.from(hex, 'hex'))
    .update('unsubscribe.product_email\0' + userId)
    .digest('hex');
  return `${userId}.${mac}`;
}

// P25 P22: deleting asks for the password, signs out at once, and the
// account no longer signs in (this server runs with no grace period).
test('P25 delete my account, then sign-in is refused', async ({ page }) => {
  const problems = watchProblems(page);
  const email = unique('leaver');
  await signUp(page, email);
  await page.goto('/settings/privacy');
  await hydrated(page);
  const section = page.getByRole('region', { name: 'Delete my account' });
  await section.getByLabel('Current password').fill('not my password');
  await section.getByLabel(/I understand/).check();
  await section.getByRole('button', { name: 'Delete my account' }).click();
  await expect(section.getByText('This is not your current password.')).toBeVisible();
  await section.getByLabel('Current password').fill(PASSWORD);
  await section.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByText('Your account is disabled and will be erased.')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The email address or password is not right.')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(problems.filter((p) => !p.includes('422'))).toEqual([]);
});

// P27 P28: freeze processing and object to a purpose; both are kept.
test('P27 P28 freeze processing and switch purposes off', async ({ page }) => {
  await signUp(page);
  await page.goto('/settings/privacy');
  await hydrated(page);
  await expect(page.getByText('Processing is not frozen.')).toBeVisible();
  await page.getByRole('button', { name: 'Freeze processing' }).click();
  await expect(page.getByText(/Processing frozen since/)).toBeVisible();
  await page.getByRole('button', { name: 'Resume processing' }).click();
  await expect(page.getByText('Processing is not frozen.')).toBeVisible();

  const analytics = page.getByRole('checkbox', { name: 'Usage analytics' });
  await expect(analytics).toBeChecked();
  await analytics.uncheck();
  await page.getByRole('button', { name: 'Save choices' }).click();
  await expect(page.getByText('Your choices are saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Usage analytics' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'AI processing' })).toBeChecked();
  await page.screenshot({ path: `test-results/privacy-settings-${test.info().project.name}.png`, fullPage: true });
});

// P28: the unsubscribe link of a product email works without signing in,
// with one click.
test('P28 one-click unsubscribe without signing in', async ({ page, browser }) => {
  await signUp(page);
  const token = unsubscribeToken(await myId(page));
  const visitor = await browser.newPage();
  await visitor.goto(`/unsubscribe?token=${token}`);
  await visitor.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(visitor.getByText('You are unsubscribed.')).toBeVisible();
  const forged = token.slice(0, -1) + (token.endsWith('0') ? '1' : '0');
  await visitor.goto(`/unsubscribe?token=${forged}`);
  await expect(visitor.getByText('This unsubscribe link is not valid.')).toBeVisible();
  await visitor.close();

  await page.goto('/settings/privacy');
  await expect(page.getByRole('checkbox', { name: 'Product emails and tips' })).not.toBeChecked();
});
