import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';
import { separateNetworks, signUp } from './account';

// P02 P24: the profile page, hydrated and as plain HTML, at desktop width
// and at 360 px.
separateNetworks();

function personal(page: Page) {
  return page.locator('section[aria-labelledby="personal-title"]');
}

test.describe('profile, hydrated', () => {
  test.use({ timezoneId: 'Europe/Brussels' });

  test('P02 P24 fill in, see errors at the fields, correct', async ({ page }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await signUp(page);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Profile' }).click();
    await expect(page).toHaveURL(/\/settings\/profile$/);
    await hydrated(page);
    const me = personal(page);
    // The browser's zone fills the empty field.
    await expect(me.getByLabel('Time zone')).toHaveValue('Europe/Brussels');

    await me.getByLabel('City').fill('Gent');
    await me.getByLabel('Phone number').fill('12');
    await me.getByRole('button', { name: 'Save' }).click();
    await expect(me.getByText('This is not a valid phone number')).toBeVisible();
    // Nothing typed is lost.
    await expect(me.getByLabel('Phone number')).toHaveValue('12');
    await expect(me.getByLabel('City')).toHaveValue('Gent');

    await me.getByLabel('Country').selectOption('BE');
    await me.getByLabel('Phone number').fill('0470 12 34 56');
    await me.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Your profile was saved.')).toBeVisible();
    // Stored in E.164 (shown as such after the reload below).

    const jobs = page.locator('section[aria-labelledby="experience-title"]');
    await jobs.getByText('Add a job').click();
    await jobs.getByLabel('Job title').fill('Developer');
    await jobs.getByLabel('Company').fill('Acme');
    await jobs.getByLabel('Start (YYYY-MM)').fill('2022-05');
    await jobs.getByLabel('End (YYYY-MM)').fill('2021-01');
    await jobs.getByRole('button', { name: 'Save' }).click();
    await expect(jobs.getByText('The end cannot come before the start.')).toBeVisible();
    await expect(jobs.getByLabel('Job title')).toHaveValue('Developer');
    await jobs.getByLabel('I work here now').check();
    await jobs.getByLabel('End (YYYY-MM)').fill('');
    await jobs.getByRole('button', { name: 'Save' }).click();
    await expect(jobs.locator('.profile-entry-head')).toContainText('Developer · Acme');

    const skills = page.locator('section[aria-labelledby="skills-title"]');
    await skills.getByLabel('Skill').fill('Rust');
    await skills.getByRole('button', { name: 'Add skill' }).click();
    await expect(skills.locator('.profile-tag')).toContainText('Rust');
    await skills.getByRole('button', { name: 'Remove Rust' }).click();
    await expect(skills.locator('.profile-tag')).toHaveCount(0);

    await page.reload();
    await expect(personal(page).getByLabel('Phone number')).toHaveValue('+32470123456');
    await expect(page.locator('.profile-entry-head')).toContainText('Developer · Acme');
    await page.screenshot({ path: `test-results/profile-${test.info().project.name}.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});

test.describe('profile, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('P24 every section saves as a plain form post', async ({ page }) => {
    await signUp(page);
    await page.goto('/settings/profile');
    // Nothing is wider than the screen, at 360 px too.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const me = personal(page);
    await me.getByLabel('Phone number').fill('+31 6 12345678');
    await me.getByLabel('Time zone').fill('Europe/Amsterdam');
    await me.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/settings\/profile\?notice=profile-saved$/);
    await expect(personal(page).getByLabel('Phone number')).toHaveValue('+31612345678');
    await expect(personal(page).getByLabel('Time zone')).toHaveValue('Europe/Amsterdam');

    const skills = page.locator('section[aria-labelledby="skills-title"]');
    await skills.getByLabel('Skill').fill('SQL');
    await skills.getByRole('button', { name: 'Add skill' }).click();
    await expect(page.locator('.profile-tag')).toContainText('SQL');

    const career = page.locator('section[aria-labelledby="career-title"]');
    await career.getByLabel('Remote').check();
    await career.getByLabel('Notice period (weeks)').fill('4');
    // Enter in a field submits its section's form (the keyboard path).
    await career.getByLabel('Notice period (weeks)').press('Enter');
    await expect(page).toHaveURL(/\/settings\/profile\?notice=profile-saved$/);
    await expect(page.locator('section[aria-labelledby="career-title"]').getByLabel('Remote')).toBeChecked();
  });
});
