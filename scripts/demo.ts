/**
 * The demo: serves the sample pages on 127.0.0.1 and opens Chromium with the
 * built extension. With a display, a window opens on the page list; without
 * one, it visits each page headless, prints what Gloss found, hovers a few
 * marks and writes screenshots of the cards to demo-output/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { BUILT_EXTENSION, launchBrowser } from './browser';
import { startPageServer } from './page-server';

const PAGES = ['crocus-report.html', 'crocus-ru.html', 'crocus-it.html', 'gardening.html', 'preact-app.html'];
const OUTPUT = path.resolve('demo-output');
const KINDS = { 'gloss-mention': 'mentions', 'gloss-possible': 'possible mentions', 'gloss-figure': 'figures' };

async function main() {
  const server = await startPageServer({ '/': 'tests/pages', '/vendor/preact/': 'node_modules/preact/dist' });
  const headless = !process.env.DISPLAY || process.argv.includes('--headless');
  const browser = await launchBrowser({ extension: BUILT_EXTENSION, proxy: server.origin, headless });
  console.log(`Sample pages on ${server.origin}/ (Chromium with Gloss loaded${headless ? ', headless' : ''})`);

  if (!headless) {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/index.html`);
    console.log('Hover a marked name or figure to see its card. Close the browser window to stop.');
    await new Promise((resolve) => browser.context.on('close', resolve));
    await server.close();
    return;
  }

  mkdirSync(OUTPUT, { recursive: true });
  for (const name of PAGES) {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${name}`);
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 3000 }).catch(() => undefined);
    const found = await page.evaluate(
      (names) => Object.fromEntries(names.map((kind) => [kind, [...(CSS.highlights.get(kind) ?? [])].map(String)])),
      Object.keys(KINDS),
    );
    console.log(`\n${name}`);
    for (const [kind, label] of Object.entries(KINDS)) {
      const texts = found[kind] ?? [];
      console.log(`  ${label} (${texts.length}): ${texts.length ? [...new Set(texts)].join(', ') : '-'}`);
    }
    let shot = 0;
    for (const kind of ['gloss-mention', 'gloss-figure']) {
      const text = found[kind]?.[0];
      if (text === undefined) continue;
      const file = path.join(OUTPUT, `${path.basename(name, '.html')}-${++shot}.png`);
      if (await hoverAndCapture(page, kind, text, file)) console.log(`  card for "${text}": ${path.relative(process.cwd(), file)}`);
    }
    await page.close();
  }
  const foreign = server.foreignRequests();
  console.log(`\nRequests to hosts other than 127.0.0.1 (besides the browser's own update and sign-in checks): ${foreign.length === 0 ? 'none' : foreign.join(', ')}`);
  await browser.close();
  await server.close();
}

async function hoverAndCapture(page: Page, kind: string, text: string, file: string): Promise<boolean> {
  const point = await page.evaluate(
    ([name, wanted]) => {
      const range = [...(CSS.highlights.get(name!) ?? [])].find((candidate) => String(candidate) === wanted);
      if (!(range instanceof Range)) return null;
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    [kind, text],
  );
  if (!point) return false;
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const shown = await page
    .locator('gloss-card-host [role="dialog"]')
    .waitFor({ state: 'visible', timeout: 3000 })
    .then(() => true, () => false);
  if (shown) await page.screenshot({ path: file });
  await page.mouse.move(2, 2);
  await page.locator('gloss-card-host').waitFor({ state: 'detached', timeout: 3000 }).catch(() => undefined);
  return shown;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
