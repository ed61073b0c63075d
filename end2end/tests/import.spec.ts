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
  await expect(page.getByLabel('List')).toHaveValue('stage');
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('P08 a CSV imports with plain forms', async ({ page }) => {
    await signUp(page);
    await createBoard(page, 'Plain import');
    await importFile(page);
    await page.getByRole('button', { name: 'Import 2 applications' }).click();
    await checkImported(page);
  });
});
