import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import Ajv2020 from 'ajv/dist/2020';
import { hydrated } from './helpers';
import { separateNetworks, signUp } from './account';
import { createBoard, fitsTheWindow, quickAdd } from './board';

// P23 P24 P26: "Your data" in settings: what is held, with counts and
// links to correct it; the one-click ZIP export, each file checked against
// its JSON Schema; the import of that ZIP into an empty account. Hydrated
// and without JavaScript, at desktop width and at 360 px.
separateNetworks();

function held(page: Page, category: string) {
  return page.locator('section[aria-labelledby="held-title"] tr', { has: page.getByRole('rowheader', { name: category }) });
}

/** Clicks the export button and reads the downloaded archive. */
async function download(page: Page): Promise<{ zip: JSZip; file: string }> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data (ZIP)' }).click();
  const done = await event;
  expect(done.suggestedFilename()).toMatch(/^offerline-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = (await done.path())!;
  return { zip: unzip(file), file };
}

/** The archive's files, read by Python's zipfile (JSZip misreads the ZIP64
 * end records that streamed archives carry; unzip, Python, Windows and
 * macOS read them), held in a JSZip for the checks below. */
function unzip(file: string): JSZip {
  const script =
    'import base64, json, sys, zipfile\n' +
    'z = zipfile.ZipFile(sys.argv[1])\n' +
    'assert z.testzip() is None\n' +
    'print(json.dumps({n: base64.b64encode(z.read(n)).decode() for n in z.namelist()}))';
  const files: Record<string, string> = JSON.parse(
    execFileSync('python3', ['-c', script, file], { maxBuffer: 256 * 1024 * 1024 }).toString(),
  );
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content, { base64: true });
  return zip;
}

async function json(zip: JSZip, name: string): Promise<any> {
  const entry = zip.file(name);
  expect(entry, `the archive holds ${name}`).not.toBeNull();
  return JSON.parse(await entry!.async('string'));
}

/** Every file of the archive validates against its schema; answers the manifest. */
async function checkArchive(zip: JSZip): Promise<any> {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const manifest = await json(zip, 'manifest.json');
  const manifestSchema = ajv.compile(await json(zip, 'schemas/manifest.schema.json'));
  expect(manifestSchema(manifest), JSON.stringify(manifestSchema.errors)).toBe(true);
  expect(manifest.format).toBe('offerline-export');
  for (const entry of manifest.tables) {
    const validate = ajv.compile(await json(zip, entry.schema));
    const rows = await json(zip, entry.file);
    expect(validate(rows), `${entry.table}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(rows).toHaveLength(entry.rows);
  }
  const tables = manifest.tables.map((t: any) => t.table);
  for (const table of ['users', 'boards', 'stages', 'applications', 'sessions', 'profiles']) {
    expect(tables).toContain(table);
  }
  return manifest;
}

test('P23 P26 the page counts what is held, and the export is a ZIP of valid files', async ({ page }, info) => {
  await signUp(page);
  await createBoard(page, 'Data search');
  await hydrated(page);
  await quickAdd(page, 'Wishlist', 'Data engineer', 'Acme');
  await page.goto('/settings/data');
  await hydrated(page);
  // P23: counts, P24: where to correct each.
  await expect(held(page, 'Job applications (cards)').locator('.data-count')).toHaveText('1');
  await expect(held(page, 'Companies').locator('.data-count')).toHaveText('1');
  await expect(held(page, 'Signed-in browsers').locator('.data-count')).toHaveText('1');
  await expect(held(page, 'Profile and career preferences').getByRole('link', { name: /Correct/ })).toHaveAttribute('href', '/settings/profile');
  await expect(page.getByRole('heading', { name: 'Sign-in history' })).toBeVisible();
  await expect(page.getByText('No member of staff has accessed your data.')).toBeVisible();
  await fitsTheWindow(page);
  await page.screenshot({ path: `test-results/data-${info.project.name}.png`, fullPage: true });

  // P26
  const { zip } = await download(page);
  await checkArchive(zip);
  const cards = await json(zip, 'data/applications.json');
  expect(cards.map((c: any) => c.title)).toEqual(['Data engineer']);
  const csv = await zip.file('applications/data-search.csv')!.async('string');
  expect(csv).toContain('Data engineer,Acme,Wishlist');
  for (const name of Object.keys(zip.files)) {
    const text = await zip.file(name)?.async('string');
    expect(text ?? '').not.toContain('argon2id');
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('P26 export, then import into a new empty account; a non-empty one is refused', async ({ page, browser }) => {
    await signUp(page);
    await createBoard(page, 'Plain search');
    await page.goto('/settings/data');
    const { zip, file } = await download(page);
    await checkArchive(zip);

    // Refused: this account already has a board.
    await page.getByLabel('Offerline export (ZIP)').setInputFiles(file);
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page).toHaveURL(/import_error=error-data-import-not-empty/);
    await expect(page.getByText('This account already holds data.')).toBeVisible();

    // Accepted by a new, empty account.
    const other = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: { 'x-forwarded-for': `10.200.${Math.floor(Math.random() * 250)}.7` },
    });
    const fresh = await other.newPage();
    await signUp(fresh);
    await fresh.goto('/settings/data');
    await fresh.getByLabel('Offerline export (ZIP)').setInputFiles(file);
    await fresh.getByRole('button', { name: 'Import' }).click();
    await expect(fresh.getByText('Your data was imported.')).toBeVisible();
    await expect(held(fresh, 'Boards and their stages').locator('.data-count')).not.toHaveText('0');
    await fresh.goto('/boards');
    await expect(fresh.getByRole('link', { name: /Plain search/ })).toBeVisible();
    await other.close();
  });
});
