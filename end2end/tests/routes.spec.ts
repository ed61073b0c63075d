import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';
import { separateNetworks, signUp, unique } from './account';
import { column, createBoard, quickAdd } from './board';

// Every page of the app loads and comes alive without a console error or
// an uncaught page error: signed out, as a person, and as staff (whose
// pages once panicked while hydrating).
separateNetworks();

const PUBLIC = [
  '/',
  '/privacy',
  '/cookies',
  '/terms',
  '/cookie-settings',
  '/sign-up',
  '/sign-in',
  '/forgot-password',
  '/reset-password?token=0000',
  '/verify-email?token=0000',
  '/confirm-email?token=0000',
  '/unsubscribe?token=0000',
];

const PERSON = [
  '/boards',
  '/documents',
  '/insights',
  '/settings',
  '/settings/profile',
  '/settings/sessions',
  '/settings/data',
  '/settings/privacy',
  '/settings/support',
];

const STAFF = ['/admin', '/admin/support', '/admin/policies', '/admin/analytics'];

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

/** A person with a board, a card and a support ticket; answers the pages
 * those make (board, its import page, the card, the company, the ticket). */
async function personWithData(page: Page): Promise<string[]> {
  await createBoard(page, 'Every page');
  const board = new URL(page.url()).pathname;
  await hydrated(page);
  await quickAdd(page, 'Wishlist', 'Rust engineer', 'Acme');
  const cardLink = column(page, 'Wishlist').locator('.job-card .card-title').first();
  const card = (await cardLink.getAttribute('href')) ?? '';
  const cardId = card.split('card=').pop() ?? '';
  await page.goto(`/cards/${cardId}`);
  const company = (await page.locator('a[href^="/companies/"]').first().getAttribute('href')) ?? '/boards';
  await page.goto('/settings/support');
  const form = page.locator('section[aria-labelledby="contact-title"]');
  await form.getByLabel('Subject').fill('Every page');
  await form.getByLabel('Message').fill('Checking that every page comes alive.');
  await form.getByRole('button', { name: 'Send to support' }).click();
  await expect(page).toHaveURL(/\/settings\/support\/[0-9a-f-]{36}/);
  const ticket = new URL(page.url()).pathname;
  return [board, `${board}/import`, `/cards/${cardId}`, company, ticket];
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
  // Made an administrator from the command line, as an operator does.
  execFileSync('target/release/offerline', ['create-admin', '--email', email], {
    cwd: '..',
    env: { ...process.env, OFFERLINE_DATA_DIR: process.env.E2E_DATA_DIR, RUST_LOG: 'warn' },
  });
  const errors = watchErrors(page);
  await visitAll(page, [...STAFF, ...PERSON, ...own, ...PUBLIC]);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});
