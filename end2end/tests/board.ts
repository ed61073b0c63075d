import { expect, type Page } from '@playwright/test';

/** The page never scrolls sideways: only a board itself may. */
export async function fitsTheWindow(page: Page) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll).toBeLessThanOrEqual(width);
}

/** The column of the stage called `name`. */
export function column(page: Page, name: string) {
  return page.locator('.column').filter({ has: page.locator('.column-name', { hasText: new RegExp(`^${name}$`) }) });
}

/** Creates a board from the job-search template and opens it. */
export async function createBoard(page: Page, name: string) {
  await page.goto('/boards');
  await page.getByLabel('Board name').fill(name);
  await page.getByRole('button', { name: 'Create board' }).click();
  await expect(page).toHaveURL(/\/boards\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Adds a card with the quick-add form at the top of a column. */
export async function quickAdd(page: Page, stage: string, title: string, company: string) {
  const col = column(page, stage);
  await col.getByPlaceholder('Job title').fill(title);
  await col.getByPlaceholder('Company').fill(company);
  await col.getByPlaceholder('Company').press('Enter');
  await expect(col.locator('.job-card', { hasText: title })).toBeVisible();
}

/** Moves the card `title` of column `from` to stage `to` with the column's
 * "Move a card" form. */
export async function moveWithForm(page: Page, from: string, title: string, to: string) {
  const form = column(page, from).locator('.column-move');
  await form.locator('summary').click();
  await form.getByLabel('Card', { exact: true }).selectOption({ label: title });
  await form.getByLabel('Move to').selectOption({ label: to });
  await form.getByRole('button', { name: 'Move', exact: true }).click();
}
