import { expect, test } from '@playwright/test';
import { hydrated, watchProblems } from './helpers';

test.describe('app shell, hydrated', () => {
  test('home page loads, hydrates and explains the product', async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto('/');
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('job search');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' })).toBeVisible();
    await page.screenshot({ path: `test-results/home-${test.info().project.name}.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  test('the theme switches at once, without a page load', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    // A marker on window survives only if no navigation happens.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
    await page.screenshot({ path: `test-results/home-dark-${test.info().project.name}.png`, fullPage: true });
    // The choice was saved: a reload renders dark from the server.
    await expect
      .poll(async () => (await page.context().cookies()).find((c) => c.name === 'offerline_theme')?.value)
      .toBe('dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('the language switches to Dutch and French and stays on the page', async ({ page }) => {
    await page.goto('/privacy');
    await hydrated(page);
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('button', { name: 'Change' }).click();
    await expect(page).toHaveURL(/\/privacy$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/privacy/i);
    await page.getByLabel('Taal').selectOption('fr');
    await page.getByRole('button', { name: 'Wijzigen' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('confidentialité');
    await page.screenshot({ path: `test-results/privacy-fr-${test.info().project.name}.png`, fullPage: true });
  });

  test('every response carries the security headers', async ({ page }) => {
    const response = await page.goto('/');
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'nonce-[^']+'/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cache-control']).toBe('no-store');
    const wasm = await page.request.get('/pkg/offerline.wasm', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(wasm.headers()['content-encoding']).toMatch(/br|gzip/);
    expect(wasm.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('an unknown address shows the 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('the keyboard reaches the skip link first', async ({ page, isMobile }) => {
    test.skip(isMobile, 'no keyboard on the touch profile');
    await page.goto('/');
    await hydrated(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  });

  test('nothing overflows a 360 px wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/', '/privacy', '/cookies', '/terms']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
