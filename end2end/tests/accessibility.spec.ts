import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';
import { PASSWORD, separateNetworks, signUp, unique } from './account';
import { PERSON, PUBLIC, STAFF, makeAdmin, personWithData } from './pages';

// Accessibility, measured: every page of the app passes axe-core's WCAG 2.2
// AA rules in the light and the dark theme, with the cookie banner open and
// closed, signed out, as a person and as staff. The desktop and the 360 px
// projects run each test, so both widths are checked.
separateNetworks();

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The axe-core violations on the page as it is now, one line per rule and
 * page, naming the first elements that break it. */
async function violations(page: Page, state: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  const path = new URL(page.url()).pathname + new URL(page.url()).search;
  return results.violations.map((v) => {
    const where = v.nodes
      .slice(0, 3)
      .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1).join(' ').trim()})` : ''}`)
      .join('; ');
    return `${path} [${state}] ${v.id} (${v.impact}, ${v.nodes.length}x): ${where}`;
  });
}

/** Opens each page, hydrated, and checks it in both themes. */
async function checkAll(page: Page, paths: string[], banner: string): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await hydrated(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      found.push(...(await violations(page, `${scheme}, banner ${banner}`)));
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
  return found;
}

/** Checks `paths` with the cookie banner open (no choice made yet), then
 * again after rejecting, with the banner closed. */
async function checkWithAndWithoutBanner(page: Page, paths: string[]): Promise<string[]> {
  await page.context().clearCookies({ name: 'offerline_consent' });
  const found = await checkAll(page, paths, 'open');
  await page.goto('/');
  await page.getByRole('region', { name: 'Your cookie choice' }).getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Your cookie choice' })).toBeHidden();
  found.push(...(await checkAll(page, paths, 'closed')));
  return found;
}

test.describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  test.describe.configure({ timeout: 240_000 });

  test('every public page', async ({ page }) => {
    expect(await checkWithAndWithoutBanner(page, PUBLIC)).toEqual([]);
  });

  test('forms showing their errors', async ({ page }) => {
    const found: string[] = [];
    await page.goto('/sign-in');
    await hydrated(page);
    await page.getByLabel('Email address').fill(unique('nobody'));
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('The email address or password is not right.')).toBeVisible();
    found.push(...(await violations(page, 'sign-in refused')));
    await page.goto('/sign-up');
    await hydrated(page);
    await page.getByLabel('Name').fill('Robin Example');
    await page.getByLabel('Email address').fill(unique('weak'));
    await page.getByLabel('Password', { exact: true }).fill('password');
    await page.getByLabel('I am 18 or older.').check();
    await page.getByRole('checkbox', { name: /I have read and accept/ }).check();
    // The browser's own check (at least 12 characters) would stop the form
    // before the server could answer with its errors.
    const create = page.getByRole('button', { name: 'Create account' });
    await create.evaluate((button) => button.closest('form')?.setAttribute('novalidate', ''));
    await create.click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    found.push(...(await violations(page, 'sign-up with errors')));
    expect(found).toEqual([]);
  });

  test("every page of a person's account", async ({ page }) => {
    await signUp(page);
    const own = await personWithData(page);
    expect(await checkWithAndWithoutBanner(page, [...PERSON, ...own])).toEqual([]);
  });

  test('every staff page', async ({ page }) => {
    const email = unique('staff');
    await signUp(page, email);
    makeAdmin(email);
    expect(await checkWithAndWithoutBanner(page, STAFF)).toEqual([]);
  });
});
