import { expect, test, type Page } from '@playwright/test';
import { hydrated, watchProblems } from './helpers';
import { linkSentTo } from './mail';
import { PASSWORD, askToSignUp, separateNetworks, signUp, unique } from './account';

separateNetworks();

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs out, asks for a reset link, sets `password` with it, and signs
 * in with the new password. */
async function resetPassword(page: Page, email: string, password: string) {
  await signOut(page);
  await page.goto('/forgot-password');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByText('If that address has an account')).toBeVisible();
  await page.goto(await linkSentTo(email, '/reset-password'));
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByText('Your password is changed and every session was signed out.')).toBeVisible();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/boards$/);
}

async function signOut(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
}

// P07: the whole life of an account, in the hydrated app.
test('P07 sign up, verify, sign out and in, change and reset the password', async ({ page }) => {
  const problems = watchProblems(page);
  const email = unique('robin');
  const project = test.info().project.name;

  await page.goto('/sign-up');
  await hydrated(page);
  // The strength hint follows typing once the page is live.
  await page.getByLabel('Password', { exact: true }).fill('abc');
  await expect(page.getByText('Weak')).toBeVisible();
  await page.screenshot({ path: `test-results/sign-up-${project}.png`, fullPage: true });
  await askToSignUp(page, email);
  await page.screenshot({ path: `test-results/sign-up-sent-${project}.png`, fullPage: true });
  // Nobody is signed in until the emailed link is used.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto(await linkSentTo(email, '/verify-email'));
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await expect(page).toHaveURL(/\/boards\?notice=email-verified$/);
  await expect(page.getByText('Your email address is confirmed.')).toBeVisible();
  await expect(page.getByText('Please confirm your email address')).toHaveCount(0);
  await page.screenshot({ path: `test-results/boards-empty-${project}.png`, fullPage: true });

  await signOut(page);
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/boards$/);
  await page.goto('/settings');
  await hydrated(page);

  const next = 'a different harbour lantern';
  await page.getByLabel('Current password').last().fill(PASSWORD);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password is changed.')).toBeVisible();

  await page.goto('/settings/sessions');
  await expect(page.getByText('This device')).toBeVisible();
  await page.screenshot({ path: `test-results/sessions-${project}.png`, fullPage: true });

  await resetPassword(page, email, 'third harbour lantern song');
  expect(problems.filter((p) => !p.includes('HTTP 4'))).toEqual([]);
});

test('a wrong password shows a translated error next to the field and keeps the email', async ({ page }) => {
  const email = unique('wrong');
  await signUp(page, email);
  await signOut(page);
  await page.goto('/sign-in');
  await hydrated(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('not the right one');
  const refused = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The email address or password is not right.')).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Email address')).toHaveValue(email);
  // What was typed came back in a short-lived, HTTP-only cookie, without
  // the password, and the page that read it cleared it.
  const setCookie = (await (await refused).headersArray())
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value)
    .join('\n');
  expect(setCookie).toMatch(/offerline_typed=[^;]*email=/);
  expect(setCookie).toMatch(/offerline_typed=[^;]*; HttpOnly/);
  expect(setCookie).toContain('Max-Age=120');
  expect(setCookie).not.toMatch(/not(\+|%20| )the(\+|%20| )right/);
  expect(setCookie).not.toContain('password');
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain('offerline_typed');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // P07: the whole life of an account works as plain forms too.
  test('P07 sign up, verify, sign out and in, change and reset the password with plain forms', async ({ page }) => {
    const email = unique('nojs');
    await askToSignUp(page, email);
    await page.goto(await linkSentTo(email, '/verify-email'));
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await expect(page.getByText('Your email address is confirmed.')).toBeVisible();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
    await signOut(page);
    await signIn(page, email, 'wrong password here');
    await expect(page.getByText('The email address or password is not right.')).toBeVisible();
    await signIn(page, email, PASSWORD);
    await expect(page).toHaveURL(/\/boards$/);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();

    await page.goto('/settings');
    const next = 'plain form harbour lantern';
    await page.getByLabel('Current password').last().fill(PASSWORD);
    await page.getByLabel('New password', { exact: true }).fill(next);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('Your password is changed.')).toBeVisible();

    await resetPassword(page, email, 'plain form third lantern');
  });
});
