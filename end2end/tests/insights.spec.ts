import { expect, test } from '@playwright/test';
import { hydrated, watchProblems } from './helpers';
import { separateNetworks, signUp } from './account';
import { createBoard, fitsTheWindow, quickAdd } from './board';

// P08: insights count the cards of a board; the weekly chart is drawn by
// the app, described for screen readers, and fits a phone.
separateNetworks();

test('P08 insights show the funnel and the weekly chart', async ({ page }, info) => {
  const problems = watchProblems(page);
  await signUp(page);
  await createBoard(page, 'Counted search');
  await quickAdd(page, 'Wishlist', 'Someday role', 'Acme');
  await quickAdd(page, 'Applied', 'Rust engineer', 'Globex');
  await quickAdd(page, 'Interviewing', 'Platform engineer', 'Initech');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  await expect(page).toHaveURL(/\/insights$/);
  await hydrated(page);
  const stat = (name: string) => page.locator('.insights-stat').filter({ hasText: name }).locator('dd');
  await expect(stat('Tracked')).toHaveText('3');
  await expect(stat('Applied')).toHaveText('2');
  await expect(stat('Response rate')).toHaveText('50 %');
  const chart = page.getByRole('img', { name: /2 applications in the last 12 weeks, 2 this week/ });
  await expect(chart).toBeVisible();
  await page.getByText('Show the numbers').click();
  await expect(page.locator('.chart-data table')).toBeVisible();

  // One board at a time, chosen in a plain form: the address says which.
  await page.getByLabel('Board').selectOption({ label: 'Counted search' });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/insights\?board=[0-9a-f-]{36}$/);
  await expect(page.getByRole('row', { name: /Applied/ })).toBeVisible();
  await expect(chart).toBeVisible();
  await fitsTheWindow(page);
  await page.screenshot({ path: `test-results/insights-light-${info.project.name}.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `test-results/insights-dark-${info.project.name}.png`, fullPage: true });
  expect(problems).toEqual([]);
});
