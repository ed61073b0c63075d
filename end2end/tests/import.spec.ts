import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';
import { separateNetworks, signUp } from './account';
import { column, createBoard, fitsTheWindow } from './board';

// P08: applications tracked elsewhere come in from a CSV file, with the
// bad rows reported and the good ones imported; the board goes out again
// as CSV. Hydrated and with plain forms.
separateNetworks();

const HUNTR = [
  'Job Title,Company,List,URL,Salary,Date Applied',
  'Rust engineer,Acme,Applied,https://jobs.example.com/1,€55k - 70k,2026-10-01',
  ',Initech,Applied,,,',
  'Data engineer,Globex,Wishlist,,,',
].join('\n');

async function importFile(page: Page) {
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import applications from a CSV file' })).toBeVisible();
  await page.getByLabel('CSV file', { exact: true }).setInputFiles({
    name: 'huntr.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(HUNTR),
  });
  await page.getByRole('button', { name: 'Upload and check' }).click();
  await expect(page.getByText('2 of 3 rows can be imported.')).toBeVisible();
  await expect(page.getByLabel('Job Title')).toHaveValue('title');
  await expect(page.getByLabel('List', { exact: true })).toHaveValue('stage');
  await expect(page.locator('.import-problems li', { hasText: 'Line 3:' })).toContainText('Job title');
}

async function checkImported(page: Page) {
  await expect(page.getByText('2 applications were imported.')).toBeVisible();
  await expect(page.getByText('One row was skipped:')).toBeVisible();
  await page.getByRole('link', { name: 'Open the board' }).click();
  await expect(column(page, 'Applied').locator('.job-card', { hasText: 'Rust engineer' })).toBeVisible();
  await expect(column(page, 'Wishlist').locator('.job-card', { hasText: 'Data engineer' })).toBeVisible();
}

test('P08 import a CSV with a bad row, then export the board', async ({ page }, info) => {
  await signUp(page);
  await createBoard(page, 'Imported search');
  await hydrated(page);
  await importFile(page);
  await hydrated(page);
  await page.screenshot({ path: `test-results/import-${info.project.name}.png`, fullPage: true });
  await fitsTheWindow(page);
  await page.getByRole('button', { name: 'Import 2 applications' }).click();
  await checkImported(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  const [header, ...rows] = text.trim().split('\n');
  expect(header).toMatch(/^Title,Company,Stage,/);
  expect(rows).toHaveLength(2);
  expect(text).toContain('Rust engineer,Acme,Applied');
});

// A file from a tool that writes dates month first, with statuses in its
// own words.
const AMERICAN = [
  'Job Title,Company,Status,Deadline',
  'Rust engineer,Acme,Phone screen,03/04/2026',
  'Data engineer,Globex,Someday,04/05/2026',
].join('\n');

/** Uploads AMERICAN, reads its dates month first and sends the phone
 * screen to the interviews, with the mapping page's own controls. */
async function chooseAndImport(page: Page) {
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await page.getByLabel('CSV file', { exact: true }).setInputFiles({
    name: 'american.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(AMERICAN),
  });
  await page.getByRole('button', { name: 'Upload and check' }).click();
  // Nothing in the file says which comes first: the day, as most write it.
  await expect(page.getByText('From the dates in this file, the day comes first.')).toBeVisible();
  await expect(page.getByText('03/04/2026 is read as 3 April 2026.')).toBeVisible();
  await expect(page.getByLabel('Phone screen').locator('option:checked')).toHaveText('Screening');
  await expect(page.getByLabel('Someday').locator('option:checked')).toHaveText('Wishlist');

  // Keyboard: the radio buttons and the select, as a person without a mouse.
  await page.getByLabel('The month comes first, as in 12/31/2026').check();
  await page.getByLabel('Phone screen').focus();
  await page.getByLabel('Phone screen').selectOption({ label: 'Interviewing' });
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByText('03/04/2026 is read as 4 March 2026.')).toBeVisible();
  await expect(page.getByLabel('The month comes first, as in 12/31/2026')).toBeChecked();
  await expect(page.getByLabel('Phone screen').locator('option:checked')).toHaveText('Interviewing');
  await fitsTheWindow(page);
  await page.getByRole('button', { name: 'Import 2 applications' }).click();
  await expect(page.getByText('2 applications were imported.')).toBeVisible();
  await page.getByRole('link', { name: 'Open the board' }).click();
  const rust = column(page, 'Interviewing').locator('.job-card', { hasText: 'Rust engineer' });
  await expect(rust).toContainText('Deadline 2026-03-04');
  await expect(column(page, 'Wishlist').locator('.job-card', { hasText: 'Data engineer' })).toContainText(
    'Deadline 2026-04-05',
  );
}

test('P08 the mapping page reads dates month first and sends a status to another stage', async ({ page }) => {
  await signUp(page);
  await createBoard(page, 'Chosen import');
  await hydrated(page);
  await chooseAndImport(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('P08 a CSV imports with plain forms', async ({ page }) => {
    await signUp(page);
    await createBoard(page, 'Plain import');
    await importFile(page);
    await page.getByRole('button', { name: 'Import 2 applications' }).click();
    await checkImported(page);
  });

  test('P08 dates and statuses are chosen with plain forms', async ({ page }) => {
    await signUp(page);
    await createBoard(page, 'Plain choices');
    await chooseAndImport(page);
  });
});
