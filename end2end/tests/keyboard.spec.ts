import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated } from './helpers';
import { separateNetworks, signUp } from './account';
import { column } from './board';

// Keyboard only: a whole job-search day driven with Tab, Shift-Tab, Enter,
// Space, the arrows and Escape, never the mouse, with the focus visible at
// every stop: make a board, add a card, move it, open it, edit it, close
// it, and download all one's data.
separateNetworks();

/** Presses Tab (or Shift-Tab) until `target` has the focus, and checks that
 * the focus shows: a focus ring or shadow in the page's own style. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((el) => el === document.activeElement, handle)) {
      const shown = await target.evaluate((el) => {
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return el.matches(':focus-visible') && (ring || style.boxShadow !== 'none');
      });
      expect(shown, `the focus shows on ${target}`).toBe(true);
      return;
    }
  }
  throw new Error(`${back ? 'Shift-Tab' : 'Tab'} never reached ${target}`);
}

test('a job-search day with the keyboard alone', async ({ page, isMobile }) => {
  test.skip(isMobile, 'no keyboard on the touch profile');
  await signUp(page);
  await hydrated(page);

  // A new board: its name, then Enter.
  await tabTo(page, page.getByLabel('Board name'));
  await page.keyboard.type('Keyboard search');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard search' })).toBeVisible();
  await hydrated(page);

  // A card, with the quick-add form of the first column.
  const wishlist = column(page, 'Wishlist');
  await tabTo(page, wishlist.getByPlaceholder('Job title'));
  await page.keyboard.type('Backend engineer');
  await page.keyboard.press('Tab');
  await expect(wishlist.getByPlaceholder('Company')).toBeFocused();
  await page.keyboard.type('Initech');
  await page.keyboard.press('Enter');
  await expect(wishlist.locator('.job-card', { hasText: 'Backend engineer' })).toBeVisible();

  // Moved one stage right: Space lifts it, an arrow moves it, Space drops it.
  await tabTo(page, page.getByRole('button', { name: 'Move “Backend engineer”' }));
  await page.keyboard.press('Space');
  await expect(page.getByText(/Picked up “Backend engineer”/)).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(page.getByText(/Dropped “Backend engineer” in Applied/)).toBeAttached();
  const applied = column(page, 'Applied');
  await expect(applied.locator('.job-card', { hasText: 'Backend engineer' })).toBeVisible();

  // Opened: Enter on its title; the focus moves into the panel.
  const title = applied.getByRole('link', { name: 'Backend engineer' });
  await tabTo(page, title, { back: true });
  await page.keyboard.press('Enter');
  const panel = page.locator('.card-panel');
  await expect(panel.getByRole('heading', { name: 'Backend engineer' })).toBeVisible();
  await hydrated(page);
  await expect(panel).toBeFocused();

  // Edited: the location, saved with Enter on the Save button.
  await tabTo(page, panel.getByLabel('Location'));
  await page.keyboard.type('Utrecht');
  await tabTo(page, panel.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Location set to Utrecht')).toBeVisible();
  await hydrated(page);
  await expect(panel).toBeFocused();

  // Closed with Escape: the board again, the move kept.
  await page.keyboard.press('Escape');
  await expect(page.locator('.card-panel')).toHaveCount(0);
  await expect(column(page, 'Applied').locator('.job-card', { hasText: 'Backend engineer' })).toBeVisible();
  await hydrated(page);

  // All one's data: Settings, then Your data, then the download button.
  await tabTo(page, page.getByRole('link', { name: 'Settings', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings$/);
  await hydrated(page);
  await tabTo(page, page.locator('main').getByRole('link', { name: 'Your data' }).first());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings\/data/);
  await hydrated(page);
  await tabTo(page, page.getByRole('button', { name: 'Download my data (ZIP)' }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/^offerline-export-\d{4}-\d{2}-\d{2}\.zip$/);
});
