import { expect, test, type Page } from '@playwright/test';
import { hydrated, watchProblems } from './helpers';
import { separateNetworks, signUp } from './account';

// P12: the contact form in Settings sends a ticket; it is listed for its
// owner and opens with its thread. Hydrated and as plain HTML, at desktop
// width and at 360 px.
separateNetworks();

async function sendTicket(page: Page, subject: string, message: string) {
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Support', exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/support$/);
  const form = page.locator('section[aria-labelledby="contact-title"]');
  await form.getByLabel('Subject').fill(subject);
  await form.getByLabel('Message').fill(message);
  await form.getByRole('button', { name: 'Send to support' }).click();
  await expect(page).toHaveURL(/\/settings\/support\/[0-9a-f-]+\?notice=ticket-sent$/);
  await expect(page.getByText('Your message is sent to support.')).toBeVisible();
  await expect(page.locator('.ticket-thread')).toContainText(message);
}

test.describe('support, hydrated', () => {
  test('P12 send a ticket from settings and see it listed', async ({ page }) => {
    const problems = watchProblems(page);
    await signUp(page);
    await hydrated(page);
    await sendTicket(page, 'Where is my export?', 'I cannot find the CSV export. Thanks!');
    await hydrated(page);

    const reply = page.locator('section[aria-labelledby="reply-title"]');
    await reply.getByLabel('Message').fill('Found it under the board menu.');
    await reply.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.locator('.ticket-message')).toHaveCount(2);

    await page.getByRole('link', { name: 'All your support messages' }).click();
    const list = page.locator('section[aria-labelledby="tickets-title"]');
    await expect(list.getByRole('link', { name: 'Where is my export?' })).toBeVisible();
    await expect(list).toContainText('Waiting for support');
    // Nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
});

test.describe('support, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('P12 the contact form and the list work as plain HTML', async ({ page }) => {
    await signUp(page);
    await sendTicket(page, 'Plain form', 'Sent without JavaScript.');
    await page.getByRole('link', { name: 'All your support messages' }).click();
    await expect(
      page.locator('section[aria-labelledby="tickets-title"]').getByRole('link', { name: 'Plain form' }),
    ).toBeVisible();
  });
});
