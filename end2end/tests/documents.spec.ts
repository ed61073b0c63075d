import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { hydrated } from './helpers';
import { separateNetworks, signUp } from './account';
import { fitsTheWindow } from './board';

// P04 P19: documents are uploaded with a plain multipart form (a PDF and a
// DOCX), typed by their bytes (a renamed executable is refused next to the
// file field), downloaded as they were, given a second version with a
// label, and deleted; hydrated and without JavaScript, at both widths.
separateNetworks();

const FIXTURES = join(__dirname, '..', 'fixtures');
const PDF = readFileSync(join(FIXTURES, 'resume.pdf'));
const DOCX = readFileSync(join(FIXTURES, 'letter.docx'));
// The first bytes of a Linux program, named as a PDF.
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);

type Upload = { kind: string; title: string; tags?: string; file: { name: string; mimeType: string; buffer: Buffer } };

async function upload(page: Page, { kind, title, tags, file }: Upload) {
  const form = page.locator('#upload');
  await form.getByLabel('Kind').selectOption({ label: kind });
  await form.getByLabel('Title', { exact: true }).fill(title);
  if (tags) await form.getByLabel('Tags', { exact: true }).fill(tags);
  await form.getByLabel('File', { exact: true }).setInputFiles(file);
  await form.getByRole('button', { name: 'Upload', exact: true }).click();
}

async function documentsFlow(page: Page, info: TestInfo, js: boolean) {
  await signUp(page);
  await page.goto('/documents');
  if (js) await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  await expect(page.getByText(/Your files take 0 KB of your 200 MB\. Each file may be up to 10 MB\./)).toBeVisible();

  // A program renamed to look like a PDF is refused, next to the field.
  await upload(page, {
    kind: 'Resume',
    title: 'Not a resume',
    file: { name: 'resume.pdf', mimeType: 'application/pdf', buffer: ELF },
  });
  await expect(page).toHaveURL(/\/documents\?error=error-document-type#upload$/);
  await expect(page.locator('#upload-file-error')).toHaveText(/This type of file cannot be uploaded\./);
  await expect(page.getByLabel('File', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // A PDF goes in, and comes back as it was.
  if (js) await hydrated(page);
  await upload(page, {
    kind: 'Resume',
    title: 'Backend resume',
    tags: 'backend, Rust',
    file: { name: 'resume.pdf', mimeType: 'application/pdf', buffer: PDF },
  });
  await expect(page).toHaveURL(/\/documents\/[^/?]+\?notice=document-uploaded$/);
  await expect(page.getByText('The document was uploaded.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /Backend resume/ })).toBeVisible();
  await expect(page.locator('li.version')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.locator('li.version', { hasText: 'Version 1' }).getByRole('link', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('resume.pdf');
  expect(readFileSync((await file.path())!)).toEqual(PDF);

  // A second version, with a label.
  if (js) await hydrated(page);
  const next = page.locator('#new-version');
  await next.getByLabel('Label (optional)').fill('Mollie, backend');
  await next.getByLabel('File', { exact: true }).setInputFiles({
    name: 'resume.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: DOCX,
  });
  await next.getByRole('button', { name: 'Upload the version' }).click();
  await expect(page.getByText('The new version was uploaded.')).toBeVisible();
  await expect(page.locator('li.version')).toHaveCount(2);
  await expect(page.locator('li.version').first()).toContainText('Version 2');
  await expect(page.locator('li.version').first()).toContainText('Mollie, backend');
  await expect(page.locator('li.version').first()).toContainText('resume.docx');
  if (js) await hydrated(page);
  await fitsTheWindow(page);
  await page.screenshot({ path: `test-results/document-${info.project.name}-${js ? 'js' : 'plain'}.png`, fullPage: true });

  // The first version goes, file and all.
  await page.locator('li.version', { hasText: 'Version 1' }).getByRole('button', { name: 'Delete this version' }).click();
  await expect(page.getByText('The version was deleted.')).toBeVisible();
  await expect(page.locator('li.version')).toHaveCount(1);
  await expect(page.locator('li.version')).toContainText('Version 2');

  // A DOCX as a new document; the list finds it by tag.
  await page.locator('.breadcrumbs').getByRole('link', { name: 'Documents' }).click();
  if (js) await hydrated(page);
  await upload(page, {
    kind: 'Cover letter',
    title: 'Letter to Mollie',
    tags: 'Amsterdam',
    file: { name: 'letter.docx', mimeType: 'application/octet-stream', buffer: DOCX },
  });
  await expect(page.getByText('The document was uploaded.')).toBeVisible();
  await page.goto('/documents');
  if (js) await hydrated(page);
  await expect(page.locator('.document-row')).toHaveCount(2);
  await fitsTheWindow(page);
  await page.screenshot({ path: `test-results/documents-${info.project.name}-${js ? 'js' : 'plain'}.png`, fullPage: true });
  await page.getByLabel('Tag', { exact: true }).fill('amsterdam');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.locator('.document-row')).toHaveCount(1);
  await expect(page.locator('.document-row')).toContainText('Letter to Mollie');
  await expect(page.locator('.document-row')).toContainText('Cover letter');

  // The document goes, after the box is ticked.
  await page.getByRole('link', { name: 'Letter to Mollie' }).click();
  if (js) await hydrated(page);
  await page.getByLabel('Yes, delete this document and all its versions').check();
  await page.getByRole('button', { name: 'Delete the document' }).click();
  await expect(page).toHaveURL(/\/documents\?notice=document-deleted$/);
  await expect(page.getByText('The document was deleted.')).toBeVisible();
  await expect(page.locator('.document-row')).toHaveCount(1);
}

test('P04 P19 documents: upload, refuse, download, version, delete', async ({ page }, info) => {
  await documentsFlow(page, info, true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('P04 documents work with plain forms', async ({ page }, info) => {
    await documentsFlow(page, info, false);
  });
});
