import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, watchProblems } from './helpers';
import { separateNetworks, signUp, unique } from './account';
import { createBoard, fitsTheWindow } from './board';
import { linkSentTo } from './mail';

// P26: a large account's export is prepared in the background, with its
// progress on "Your data", and handed over once through an emailed link
// that opens a page with a download button. Hydrated and without
// JavaScript, at desktop width and at 360 px.
separateNetworks();

const ROWS = 60;
const CSV = [
  'Job Title,Company,List',
  ...Array.from({ length: ROWS }, (_, i) => `Engineer ${i + 1},Company ${i + 1},Applied`),
].join('\n');

/** Signs up, and imports ROWS applications into a new board. */
async function largeAccount(page: Page): Promise<string> {
  const email = unique('large');
  await signUp(page, email);
  await createBoard(page, 'Large search');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await page.getByLabel('CSV file', { exact: true }).setInputFiles({
    name: 'many.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  });
  await page.getByRole('button', { name: 'Upload and check' }).click();
  await page.getByRole('button', { name: `Import ${ROWS} applications` }).click();
  await expect(page.getByText(`${ROWS} applications were imported.`)).toBeVisible();
  return email;
}

/** The archive's file names and the number of applications it holds, read
 * by Python's zipfile. */
function contents(file: string): { names: string[]; applications: number } {
  const script =
    'import json, sys, zipfile\n' +
    'z = zipfile.ZipFile(sys.argv[1])\n' +
    'assert z.testzip() is None\n' +
    'print(json.dumps({"names": z.namelist(), "applications": len(json.loads(z.read("data/applications.json")))}))';
  return JSON.parse(execFileSync('python3', ['-c', script, file]).toString());
}

async function downloadOnce(page: Page, link: string) {
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Download your prepared data' })).toBeVisible();
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data (ZIP)' }).click();
  const done = await event;
  expect(done.suggestedFilename()).toMatch(/^offerline-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const archive = contents((await done.path())!);
  expect(archive.names).toContain('manifest.json');
  expect(archive.applications).toBe(ROWS);
  // The link worked once.
  await page.goto(link);
  await expect(page.getByText('This download link was already used')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download my data (ZIP)' })).toHaveCount(0);
}

test('P26 a large export shows its progress, then downloads once from the emailed link', async ({ page }, info) => {
  const email = await largeAccount(page);
  const problems = watchProblems(page);
  await page.goto('/settings/data');
  await hydrated(page);
  await page.getByRole('button', { name: 'Download my data (ZIP)' }).click();
  await expect(page.getByText('Your account is large, so we are preparing the file')).toBeVisible();
  await hydrated(page);
  // The page looks again by itself until the file is ready.
  await expect(page.getByText('Your export is ready. We emailed you a link')).toBeVisible({ timeout: 20_000 });
  await fitsTheWindow(page);
  const link = await linkSentTo(email, '/settings/data/exports/[0-9a-f-]+');
  await page.goto(link);
  await hydrated(page);
  await fitsTheWindow(page);
  await page.screenshot({ path: `test-results/data-large-${info.project.name}.png`, fullPage: true });
  await downloadOnce(page, link);
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('P26 a large export works with plain forms', async ({ page }, info) => {
    const email = await largeAccount(page);
    await page.goto('/settings/data');
    await page.getByRole('button', { name: 'Download my data (ZIP)' }).click();
    await expect(page.getByText('Your account is large, so we are preparing the file')).toBeVisible();
    await page.locator('#export').screenshot({ path: `test-results/data-preparing-${info.project.name}.png` });
    const link = await linkSentTo(email, '/settings/data/exports/[0-9a-f-]+');
    await page.goto('/settings/data');
    await expect(page.getByText('Your export is ready. We emailed you a link')).toBeVisible();
    await downloadOnce(page, link);
  });
});
