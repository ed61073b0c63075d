import { expect, test } from '@playwright/test';

// The same pages with JavaScript disabled: everything works as plain HTML.
test.use({ javaScriptEnabled: false });

test.describe('app shell, without JavaScript', () => {
  test('pages render completely', async ({ page }) => {
    for (const [path, heading] of [
      ['/', 'job search'],
      ['/privacy', 'Privacy'],
      ['/cookies', 'Cookie'],
      ['/terms', 'Terms'],
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toContainText(heading);
    }
    await page.goto('/cookies');
    await expect(page.getByRole('rowheader', { name: 'offerline_locale' })).toBeVisible();
    await expect(page.getByText('Last updated')).toBeVisible();
  });

  test('the language form works as a plain form post', async ({ page }) => {
    await page.goto('/terms');
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('button', { name: 'Change' }).click();
    await expect(page).toHaveURL(/\/terms$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.screenshot({ path: `test-results/terms-nl-nojs-${test.info().project.name}.png`, fullPage: true });
  });

  test('the theme buttons work as plain form posts', async ({ page }) => {
    await page.goto('/cookies');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page).toHaveURL(/\/cookies$/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });
});
