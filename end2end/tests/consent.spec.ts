import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { hydrated } from './helpers';

// Cookie consent (P29) and first-party analytics that waits for it (P05).

const PUBLIC_PAGES = ['/', '/privacy', '/cookies', '/terms', '/sign-in', '/sign-up', '/forgot-password', '/cookie-settings'];
const ESSENTIAL = ['offerline_session', '__Host-offerline_session', 'offerline_locale', 'offerline_theme', 'offerline_consent'];

async function cookie(context: BrowserContext, name: string) {
  return (await context.cookies()).find((c) => c.name === name);
}

/** Every request the page makes to the analytics endpoints. */
function watchAnalytics(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes('/api/analytics/')) seen.push(req.url());
  });
  return seen;
}

const banner = (page: Page) => page.getByRole('region', { name: 'Your cookie choice' });

test.describe('cookie consent', () => {
  // P29 P05
  test('before a choice: only essential cookies, no storage, no analytics request', async ({ page, context }) => {
    const analytics = watchAnalytics(page);
    for (const path of PUBLIC_PAGES) {
      await page.goto(path);
      await hydrated(page);
      if (path !== '/cookie-settings') {
        await expect(banner(page), path).toBeVisible();
      }
      const names = (await context.cookies()).map((c) => c.name);
      expect(names.filter((n) => !ESSENTIAL.includes(n)), path).toEqual([]);
      const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
      expect(storage, path).toBe(0);
    }
    // Moving on, or leaving the page, sends nothing either.
    await page.goto('/privacy');
    await hydrated(page);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    await page.getByRole('link', { name: 'Terms' }).first().click();
    await expect(page).toHaveURL(/\/terms$/);
    expect(analytics).toEqual([]);
  });

  // P29
  test('the three choices are equal and the site stays usable with the banner open', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    const region = banner(page);
    const boxes = await Promise.all(
      [
        region.getByRole('button', { name: 'Accept analytics' }),
        region.getByRole('button', { name: 'Reject', exact: true }),
        region.getByRole('link', { name: 'Choose', exact: true }),
      ].map((l) => l.boundingBox()),
    );
    for (const box of boxes) {
      expect(box).not.toBeNull();
      expect(Math.abs(box!.width - boxes[0]!.width)).toBeLessThan(2);
      expect(Math.abs(box!.height - boxes[0]!.height)).toBeLessThan(2);
    }
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
    await expect(page).toHaveURL(/\/privacy$/);
    await expect(banner(page)).toBeVisible();
  });

  // P29 P05
  test('accept: the banner closes, the choice is kept, analytics starts', async ({ page, context }) => {
    const analytics = watchAnalytics(page);
    await page.goto('/');
    await hydrated(page);
    await banner(page).getByRole('button', { name: 'Accept analytics' }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(async () => (await cookie(context, 'offerline_consent'))?.value).toMatch(/^1\./);
    expect(await cookie(context, 'offerline_visit')).toBeTruthy();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Terms' }).click();
    await expect(page).toHaveURL(/\/terms$/);
    // Leaving a page sends the time spent on it; a hidden page sends it too.
    await hydrated(page);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    await expect.poll(() => analytics.length).toBeGreaterThan(0);
    await page.reload();
    await hydrated(page);
    await expect(banner(page)).toBeHidden();
  });

  // P29
  test('reject: one click, no optional cookie, nothing sent', async ({ page, context }) => {
    const analytics = watchAnalytics(page);
    await page.goto('/privacy');
    await hydrated(page);
    await banner(page).getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(async () => (await cookie(context, 'offerline_consent'))?.value).toMatch(/^0\./);
    expect(await cookie(context, 'offerline_visit')).toBeUndefined();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Terms' }).click();
    await expect(page).toHaveURL(/\/terms$/);
    await hydrated(page);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    await page.reload();
    await expect(banner(page)).toBeHidden();
    expect(analytics).toEqual([]);
  });

  // P29
  test('the footer link reopens the choices and withdrawing takes one click', async ({ page, context }) => {
    await page.goto('/');
    await hydrated(page);
    await banner(page).getByRole('button', { name: 'Accept analytics' }).click();
    await expect(banner(page)).toBeHidden();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie choices' }).click();
    await expect(page).toHaveURL(/\/cookie-settings$/);
    await hydrated(page);
    await expect(page.getByRole('checkbox', { name: 'Usage analytics' })).toBeChecked();
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(page.getByText('You rejected usage analytics.')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Usage analytics' })).not.toBeChecked();
    await expect.poll(async () => (await cookie(context, 'offerline_consent'))?.value).toMatch(/^0\./);
    expect(await cookie(context, 'offerline_visit')).toBeUndefined();
  });
});

test.describe('cookie consent without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // P29
  test('the banner works as plain forms', async ({ page, context }) => {
    await page.goto('/terms');
    await expect(banner(page)).toBeVisible();
    await banner(page).getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(page).toHaveURL(/\/terms$/);
    await expect(banner(page)).toBeHidden();
    expect((await cookie(context, 'offerline_consent'))?.value).toMatch(/^0\./);
  });

  // P29
  test('"Choose" opens the choices with nothing ticked; saving comes back', async ({ page, context }) => {
    await page.goto('/privacy');
    await banner(page).getByRole('link', { name: 'Choose', exact: true }).click();
    await expect(page).toHaveURL(/\/cookie-settings\?return_to=%2Fprivacy|\/cookie-settings\?return_to=\/privacy/);
    const box = page.getByRole('checkbox', { name: 'Usage analytics' });
    await expect(box).not.toBeChecked();
    await box.check();
    await page.getByRole('button', { name: 'Save my choice' }).click();
    await expect(page).toHaveURL(/\/privacy$/);
    await expect(banner(page)).toBeHidden();
    expect((await cookie(context, 'offerline_consent'))?.value).toMatch(/^1\./);
    expect(await cookie(context, 'offerline_visit')).toBeTruthy();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie choices' }).click();
    await expect(page.getByRole('checkbox', { name: 'Usage analytics' })).toBeChecked();
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(page.getByText('Your cookie choice is saved.')).toBeVisible();
    expect(await cookie(context, 'offerline_visit')).toBeUndefined();
  });
});
