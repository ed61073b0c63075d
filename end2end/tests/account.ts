import { expect, test, type Page } from '@playwright/test';
import { linkSentTo } from './mail';

export const PASSWORD = 'quiet harbour lantern 7';

/** Every test is its own client address, so the sign-up limit per network
 * (P14) counts per test, as for separate people. */
export function separateNetworks() {
  test.beforeEach(async ({ context }) => {
    const n = () => Math.floor(Math.random() * 250) + 1;
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': `10.${n()}.${n()}.${n()}` });
  });
}

export function unique(name: string): string {
  return `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

/** Fills in and sends the sign-up form for `email`: the page then says to
 * check the inbox, whatever the address. */
export async function askToSignUp(page: Page, email: string) {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Robin Example');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('I am 18 or older.').check();
  await page.getByRole('checkbox', { name: /I have read and accept/ }).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
}

/** Signs up `email` (a fresh address by default), opens the emailed link
 * in the same browser, and lands signed in on the boards. */
export async function signUp(page: Page, email: string = unique('person')) {
  await askToSignUp(page, email);
  await page.goto(await linkSentTo(email, '/verify-email'));
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await expect(page).toHaveURL(/\/boards\?notice=email-verified$/);
}
