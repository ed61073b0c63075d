import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';
import { separateNetworks, signUp, unique } from './account';
import { PERSON, PUBLIC, STAFF, makeAdmin, personWithData } from './pages';

// Every page of the app loads and comes alive without a console error or
// an uncaught page error: signed out, as a person, and as staff (whose
// pages once panicked while hydrating).
separateNetworks();

/** Console errors and uncaught errors on `page` from now on. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${page.url()}: page error: ${err.message}`));
  return errors;
}

async function visitAll(page: Page, paths: string[]) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await hydrated(page);
  }
}

test('every public page comes alive without an error', async ({ page }) => {
  const errors = watchErrors(page);
  await visitAll(page, PUBLIC);
  expect(errors).toEqual([]);
});

test("every page of a person's account comes alive without an error", async ({ page }) => {
  await signUp(page);
  const own = await personWithData(page);
  const errors = watchErrors(page);
  await visitAll(page, [...PERSON, ...own, ...PUBLIC]);
  expect(errors).toEqual([]);
});

test('every page comes alive for staff too', async ({ page }) => {
  const email = unique('staff');
  await signUp(page, email);
  const own = await personWithData(page);
  makeAdmin(email);
  const errors = watchErrors(page);
  await visitAll(page, [...STAFF, ...PERSON, ...own, ...PUBLIC]);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});
