import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { hydrated } from './helpers';
import { column, createBoard, quickAdd } from './board';

// Every page of the app, for the specs that walk them all (routes: each
// comes alive without an error; accessibility: each passes axe-core).

/** Pages anyone can open. */
export const PUBLIC = [
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

/** Pages of a signed-in person that need no data of their own. */
export const PERSON = [
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

/** Pages for staff. */
export const STAFF = ['/admin', '/admin/support', '/admin/policies', '/admin/analytics'];

/** Gives the signed-in person a board, a card, a support ticket and an
 * uploaded document, and answers the pages those make: the board, the
 * board with its card panel open, its import page, the card, the company,
 * the ticket, the document. */
export async function personWithData(page: Page): Promise<string[]> {
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
  await page.goto('/documents');
  const upload = page.locator('#upload');
  await upload.getByLabel('Title', { exact: true }).fill('Every page');
  await upload.getByLabel('File', { exact: true }).setInputFiles({
    name: 'resume.pdf',
    mimeType: 'application/pdf',
    buffer: readFileSync(join(__dirname, '..', 'fixtures', 'resume.pdf')),
  });
  await upload.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page).toHaveURL(/\/documents\/[^/?]+\?notice=document-uploaded$/);
  const document = new URL(page.url()).pathname;
  return [board, `${board}?card=${cardId}`, `${board}/import`, `/cards/${cardId}`, company, ticket, document];
}

/** Makes `email` an administrator from the command line, as an operator does. */
export function makeAdmin(email: string) {
  execFileSync('target/release/offerline', ['create-admin', '--email', email], {
    cwd: '..',
    env: { ...process.env, OFFERLINE_DATA_DIR: process.env.E2E_DATA_DIR, RUST_LOG: 'warn' },
  });
}
