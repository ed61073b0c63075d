import { expect, test, type Browser, type Page } from '@playwright/test';
import { BUDGET } from '../budgets';
import { separateNetworks, signUp } from './account';
import { createBoard } from './board';
import { hydrated } from './helpers';

// The first load of each page stays within its size budget (budgets.ts),
// counted as sent over the wire, brotli, with an empty cache. The sizes and
// the time from navigation to live (the mark `offerline-live`) are printed
// for BENCHMARKS.md; they are not asserted as timings.
separateNetworks();

const CARDS = 60;
const CSV = [
  'Job Title,Company,List,Location,Tags',
  ...Array.from(
    { length: CARDS },
    (_, i) => `Senior engineer ${i + 1},Company ${i + 1},${['Wishlist', 'Applied', 'Interviewing'][i % 3]},Amsterdam,rust;remote`,
  ),
].join('\n');

type Load = { total: number; wasm: number; live: number; parts: string[] };

/** Loads `path` in a fresh context (empty cache) with the cookies of `page`
 * and adds up the bytes of every response as sent. */
async function firstLoad(browser: Browser, page: Page, path: string): Promise<Load> {
  const context = await browser.newContext({ storageState: await page.context().storageState() });
  const fresh = await context.newPage();
  const responses: Promise<{ url: string; bytes: number }>[] = [];
  fresh.on('response', (res) =>
    responses.push(res.request().sizes().then((s) => ({ url: res.url(), bytes: s.responseBodySize }))),
  );
  await fresh.goto(path);
  await hydrated(fresh);
  const live = await fresh.evaluate(() => performance.getEntriesByName('offerline-live')[0]?.startTime ?? -1);
  const sizes = await Promise.all(responses);
  await context.close();
  const total = sizes.reduce((sum, r) => sum + r.bytes, 0);
  const wasm = sizes.filter((r) => r.url.endsWith('.wasm')).reduce((sum, r) => sum + r.bytes, 0);
  const parts = sizes.map((r) => `${new URL(r.url).pathname} ${(r.bytes / 1024).toFixed(1)} KB`);
  return { total, wasm, live, parts };
}

test('first loads stay within their size budget', async ({ page, browser }, info) => {
  test.skip(info.project.name !== 'desktop', 'sizes do not depend on the window');
  test.setTimeout(120_000);
  await signUp(page);
  await createBoard(page, 'Budget search');
  const board = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'cards.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByRole('button', { name: 'Upload and check' }).click();
  await page.getByRole('button', { name: `Import ${CARDS} applications` }).click();
  await expect(page.getByText(`${CARDS} applications were imported.`)).toBeVisible();
  await page.goto(board);
  const card = (await page.locator('.job-card .card-title').first().getAttribute('href'))!.split('card=')[1];

  const pages = [board, `${board}?card=${card}`, `/cards/${card}`, '/boards', '/', '/sign-in', '/settings', '/settings/profile', '/settings/data', '/insights', '/privacy'];
  for (const path of pages) {
    const load = await firstLoad(browser, page, path);
    const budget = path === board ? BUDGET.board : BUDGET.page;
    console.log(
      `first load ${path}: ${(load.total / 1024).toFixed(1)} KB (WebAssembly ${(load.wasm / 1024).toFixed(1)} KB), live after ${load.live.toFixed(0)} ms; ${load.parts.join(', ')}`,
    );
    expect(load.wasm, `${path}: WebAssembly`).toBeLessThanOrEqual(BUDGET.wasm);
    expect(load.total, `${path}: first load`).toBeLessThanOrEqual(budget);
  }
});
