// Board hydration in headless Chromium: seeds one account with a board of
// N cards into a fresh data directory, starts the release server, signs in,
// then loads the board page again and again and reports, per load, when the
// HTML, the stylesheet, the JavaScript and the WebAssembly arrived, when
// the document was parsed and when the page was live
// (its islands hydrated: the WebAssembly sets html[data-hydrated]).
// By default the browser's cache is warm, as for a returning person; with
// --fresh each load is a new browser profile (empty cache), as for a first
// visit.
//
//   scripts/build.sh
//   cd end2end && node bench/hydration.mjs --cards 200 --runs 20 [--fresh] [--binary B --site S]
//
// The browser is Debian's Chromium (CHROMIUM_PATH to change it); no network
// other than loopback is used.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const cards = Number(args.cards ?? 200);
const runs = Number(args.runs ?? 20);
const port = Number(args.port ?? 3199);
const fresh = process.argv.includes('--fresh');
const root = resolve(import.meta.dirname, '..', '..');
// --binary and --site measure another build side by side (say, the last release).
const binary = resolve(args.binary ?? join(root, 'target', 'release', 'offerline'));
const site = resolve(args.site ?? join(root, 'target', 'site'));
const base = `http://127.0.0.1:${port}`;
const password = 'bench-password-2026';
const dataDir = mkdtempSync(join(tmpdir(), 'offerline-hydration-'));
const env = {
  ...process.env,
  OFFERLINE_DATA_DIR: dataDir,
  OFFERLINE_BASE_URL: base,
  LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
  LEPTOS_SITE_ROOT: site,
  RUST_LOG: 'warn',
};

const seeded = execFileSync(
  binary,
  ['seed', '--users', '1', '--boards', '1', '--cards', String(cards), '--password', password],
  { env, cwd: root, encoding: 'utf8' },
);
const email = seeded.match(/\S+@example\.org/)?.[0];
if (!email) throw new Error(`no account in the seed output:\n${seeded}`);

const server = spawn(binary, ['serve'], { env, cwd: root, stdio: 'inherit' });
try {
  await waitForReady();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // Records the moment the page declares itself hydrated.
  // The script runs before the <html> element exists, so it watches the
  // whole document for the attribute.
  await context.addInitScript(watchHydrated);
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/sign-in')), page.click('main form button[type=submit]')]);
  await page.goto(`${base}/boards`);
  const href = await page.locator('a[href^="/boards/"]').first().getAttribute('href');
  const board = `${base}${href}`;

  // One warm-up load fills the browser's cache, as for a returning person.
  await measure(page, board);
  const samples = [];
  const cookies = await context.storageState();
  for (let i = 0; i < runs; i++) {
    if (fresh) {
      const first = await browser.newContext({ viewport: { width: 1440, height: 900 }, storageState: cookies });
      await first.addInitScript(watchHydrated);
      samples.push(await measure(await first.newPage(), board));
      await first.close();
    } else {
      samples.push(await measure(page, board));
    }
  }
  const shown = await page.locator('.job-card').count();

  console.log(`\nboard hydration in Chromium: ${cards} cards seeded, ${shown} cards on the page, ${runs} loads (${fresh ? 'new profile each' : 'warm cache'}), ${cpus().length} CPUs\n`);
  console.log('| moment (ms after navigation start) | p50 | p95 | max |');
  console.log('|---|---|---|---|');
  for (const key of ['html received', 'CSS received', 'JavaScript received', 'WebAssembly received', 'DOM parsed', 'hydrated']) {
    const values = samples.map((s) => s[key]).sort((a, b) => a - b);
    const at = (q) => values[Math.min(values.length - 1, Math.floor(q * values.length))];
    console.log(`| ${key} | ${at(0.5).toFixed(0)} | ${at(0.95).toFixed(0)} | ${values.at(-1).toFixed(0)} |`);
  }
  await browser.close();
} finally {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}

async function measure(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__hydratedAt !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    const loaded = (suffix) =>
      performance.getEntriesByType('resource').find((r) => r.name.endsWith(suffix))?.responseEnd ?? NaN;
    return {
      'html received': nav.responseEnd,
      'CSS received': loaded('.css'),
      'JavaScript received': loaded('.js'),
      'WebAssembly received': loaded('.wasm'),
      'DOM parsed': nav.domContentLoadedEventEnd,
      hydrated: window.__hydratedAt,
    };
  });
}

function watchHydrated() {
  new MutationObserver((_, observer) => {
    if (document.documentElement?.dataset.hydrated === 'true') {
      window.__hydratedAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
}

async function waitForReady() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not become ready');
}
