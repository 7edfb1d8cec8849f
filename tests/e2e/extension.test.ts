/**
 * The built extension in real headless Chromium, as a reader meets it.
 * Run by `npm test` after `npm run build`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_EXTENSION, CHROMIUM, launchBrowser, type ExtensionBrowser } from '../../scripts/browser';
import { startPageServer, type PageServer } from '../../scripts/page-server';

let server: PageServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: run "npm run setup" (installs Debian's chromium).`);
  if (!existsSync(path.join(BUILT_EXTENSION, 'manifest.json'))) throw new Error('No build: run "npm run build" first.');
  server = await startPageServer({ '/': 'tests/pages', '/vendor/preact/': 'node_modules/preact/dist' });
  browser = await launchBrowser({ extension: BUILT_EXTENSION, proxy: server.origin });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Records every change to the page's own nodes from DOMContentLoaded on, in the page's main world. */
const RECORD_MUTATIONS = () => {
  const log: { type: string; target: string; added: string[]; removed: string[]; attribute: string | null }[] = [];
  (window as unknown as { mutationLog: typeof log }).mutationLog = log;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      log.push({
        type: record.type,
        target: record.target.nodeName,
        added: [...record.addedNodes].map((node) => node.nodeName),
        removed: [...record.removedNodes].map((node) => node.nodeName),
        attribute: record.attributeName,
      });
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
  );
};

async function open(name: string, { waitForMarks = true } = {}): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(RECORD_MUTATIONS);
  await page.goto(`${server.origin}/${name}`);
  if (waitForMarks) await page.waitForFunction(() => CSS.highlights.has('gloss-mention'), undefined, { timeout: 10_000 });
  return page;
}

function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlight) => [...(CSS.highlights.get(highlight) ?? [])].map((range) => String(range)), name);
}

/** The centre of the first highlighted range with this text. */
async function centreOf(page: Page, highlight: string, text: string) {
  const point = await page.evaluate(
    ([name, wanted]) => {
      const range = [...(CSS.highlights.get(name!) ?? [])].find((candidate) => String(candidate) === wanted);
      if (!range || !(range instanceof Range)) return null;
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    [highlight, text],
  );
  if (!point) throw new Error(`No ${highlight} range reads "${text}"`);
  return point;
}

const card = (page: Page) => page.locator('gloss-card-host [role="dialog"]');

describe('marks', () => {
  it('registers highlight ranges that cover exactly the mention text', async () => {
    const page = await open('crocus-report.html');
    const mentions = await highlighted(page, 'gloss-mention');
    for (const expected of ['Crocus City Hall', 'Islamic State', 'ISIS-K', 'Nikolai Patrushev', 'Vladimir Putin', 'Alexander Bortnikov', 'FSB']) {
      expect(mentions).toContain(expected);
    }
    // Every range starts and ends on a word boundary of the page's own text.
    const partial = await page.evaluate(() =>
      [...(CSS.highlights.get('gloss-mention') ?? [])].filter((range) => {
        if (!(range instanceof Range)) return true;
        const before = range.startContainer.textContent?.slice(0, range.startOffset).slice(-1) ?? '';
        const after = range.endContainer.textContent?.slice(range.endOffset, range.endOffset + 1) ?? '';
        return /\p{L}/u.test(before) || /\p{L}/u.test(after);
      }).map(String),
    );
    expect(partial).toEqual([]);
    // The venue's name is the whole text of its link: the range sits on that text node, end to end.
    const venue = await page.evaluate(() => {
      const link = document.querySelector('#lead a')!;
      const range = [...(CSS.highlights.get('gloss-mention') ?? [])].find((candidate) => candidate.startContainer.parentNode === link);
      return range && { start: range.startOffset, end: range.endOffset, length: link.textContent!.length };
    });
    expect(venue).toEqual({ start: 0, end: 'Crocus City Hall'.length, length: 'Crocus City Hall'.length });
    await page.close();
  });

  it('marks the death-toll figures but not an unrelated count', async () => {
    const page = await open('crocus-report.html');
    const figures = await highlighted(page, 'gloss-figure');
    expect(figures).toEqual(expect.arrayContaining(['139', '144']));
    expect(figures).not.toContain('137');
    expect(figures).not.toContain('2024');
    await page.close();
  });

  it('marks Russian and Italian pages', async () => {
    const ru = await open('crocus-ru.html');
    expect(await highlighted(ru, 'gloss-mention')).toEqual(expect.arrayContaining(['Крокус Сити Холле', 'Николай Патрушев']));
    await ru.close();
    const it = await open('crocus-it.html');
    expect(await highlighted(it, 'gloss-mention')).toEqual(expect.arrayContaining(['Crocus City Hall', 'ISIS-K', 'Nikolai Patrushev']));
    await it.close();
  });

  it('marks a long page, whose text and blocks reach the background in parts, where each mention stands', async () => {
    // Over a megabyte of text, and one paragraph of 300 k units with a name at either end: both the page's text
    // (for the gate) and the blocks around the anchors (for the scan) go in several parts (utils/message-parts.ts).
    const filler = (words: number) => Array.from({ length: words }, (_, i) => ['plain', 'words', 'about', 'nothing', 'much'][i % 5]).join(' ');
    const paragraphs = Array.from({ length: 1500 }, () => `<p>${filler(120)}.</p>`).join('');
    const body = `<p>Gunmen attacked Crocus City Hall.</p>${paragraphs}<p>Crocus City Hall ${filler(50_000)} Nikolai Patrushev.</p>${paragraphs}<p>Later, ISIS-K said so.</p>`;
    const page = await browser.context.newPage();
    await page.route(`${server.origin}/long.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><body>${body}</body></html>` }));
    await page.goto(`${server.origin}/long.html`);
    await page.waitForFunction(() => CSS.highlights.has('gloss-mention'), undefined, { timeout: 20_000 });
    expect(await page.evaluate(() => document.body.textContent!.length)).toBeGreaterThan(1_000_000);
    expect((await highlighted(page, 'gloss-mention')).sort()).toEqual(['Crocus City Hall', 'Crocus City Hall', 'ISIS-K', 'Nikolai Patrushev']);
    await page.close();
  });

  it('leaves a gardening page about crocuses unmarked', async () => {
    const page = await open('gardening.html', { waitForMarks: false });
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });
});

describe('what a page loads', () => {
  /** The extension scripts that run in the page's frame (its isolated world too), as the debugger sees them parsed. */
  async function extensionScripts(name: string, until: (page: Page) => Promise<unknown>): Promise<string[]> {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const scripts: string[] = [];
    cdp.on('Debugger.scriptParsed', (event) => {
      if (event.url.startsWith('chrome-extension://')) scripts.push(event.url.replace(/^chrome-extension:\/\/[^/]+/, ''));
    });
    await cdp.send('Debugger.enable');
    await page.goto(`${server.origin}/${name}`);
    await until(page);
    await page.close();
    return scripts.sort();
  }

  it('runs only the content script on a page that names nothing, and the page scanner too where the gate finds a subject', async () => {
    const quiet = await extensionScripts('gardening.html', async (page) => {
      await page.waitForLoadState('load');
      await page.waitForTimeout(1500);
    });
    expect(quiet).toEqual(['/content-scripts/content.js']);
    const named = await extensionScripts('crocus-report.html', (page) =>
      page.waitForFunction(() => CSS.highlights.has('gloss-mention'), undefined, { timeout: 10_000 }),
    );
    expect(named).toEqual(['/content-scripts/content.js', '/page-scanner.js']);
  });
});

describe('hover cards', () => {
  it('shows a card with the subject on hover, hides it on leaving, and changes no page node', async () => {
    const page = await open('crocus-report.html');
    const point = await centreOf(page, 'gloss-mention', 'Nikolai Patrushev');
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    expect(await card(page).getByRole('heading').first().textContent()).toContain('Nikolai Patrushev');
    expect(await page.locator('gloss-card-host').count()).toBe(1);

    await page.mouse.move(5, 5, { steps: 4 });
    await page.locator('gloss-card-host').waitFor({ state: 'detached', timeout: 5000 });

    const log = await page.evaluate(() => (window as unknown as { mutationLog: unknown[] }).mutationLog);
    expect(log).toEqual([
      { type: 'childList', target: 'HTML', added: ['GLOSS-CARD-HOST'], removed: [], attribute: null },
      { type: 'childList', target: 'HTML', added: [], removed: ['GLOSS-CARD-HOST'], attribute: null },
    ]);
    await page.close();
  });

  it('shows a figure card that says what the page states and who gave which figure', async () => {
    const page = await open('crocus-report.html');
    const point = await centreOf(page, 'gloss-figure', '139');
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    const text = (await card(page).textContent()) ?? '';
    expect(text).toContain('This page says 139');
    expect(text).toMatch(/Bastrykin/);
    expect(text).toContain('Why they differ');
    await page.close();
  });

  it('closes the card with Escape and keeps it open while the pointer is on it', async () => {
    const page = await open('crocus-report.html');
    const point = await centreOf(page, 'gloss-mention', 'ISIS-K');
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 6 });
    await page.waitForTimeout(700);
    expect(await card(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('gloss-card-host').waitFor({ state: 'detached', timeout: 2000 });
    await page.close();
  });

  it('keeps a page rendered by a framework working', async () => {
    const errors: string[] = [];
    const page = await open('preact-app.html');
    page.on('pageerror', (error) => errors.push(error.message));
    const point = await centreOf(page, 'gloss-mention', 'Nikolai Patrushev');
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    await page.mouse.move(5, 5);
    await page.locator('gloss-card-host').waitFor({ state: 'detached', timeout: 5000 });
    await page.click('#counter');
    await page.click('#counter');
    expect(await page.textContent('#counter')).toBe('Clicked 2 times');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('extension reload', () => {
  it('leaves an open page clean and error-free when the extension is reloaded', async () => {
    const page = await open('crocus-report.html');
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const [worker] = browser.context.serviceWorkers();
    if (!worker) throw new Error('no extension service worker');
    // The worker goes away with the old extension, so the call itself may not answer.
    await worker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined);
    // The old content script notices on the next event it handles, and takes its highlights away.
    await expect
      .poll(
        async () => {
          await page.mouse.move(100 + Math.random() * 300, 100 + Math.random() * 300, { steps: 2 });
          return page.evaluate(() => CSS.highlights.size);
        },
        { timeout: 10_000, interval: 300 },
      )
      .toBe(0);
    const point = await page.evaluate(() => {
      const link = document.querySelector('#lead a')!.getBoundingClientRect();
      return { x: link.x + link.width / 2, y: link.y + link.height / 2 };
    });
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await page.waitForTimeout(800);
    expect(await page.locator('gloss-card-host').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('privacy', () => {
  it('made no request to any host but 127.0.0.1', () => {
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.foreignRequests()).toEqual([]);
  });
});
