import { expect, test, type Page } from '@playwright/test';

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

/** Signs up `email` (a fresh address by default) and lands on the boards. */
export async function signUp(page: Page, email: string = unique('person')) {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Robin Example');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('I am 18 or older.').check();
  await page.getByRole('checkbox', { name: /I have read and accept/ }).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/boards$/);
}
