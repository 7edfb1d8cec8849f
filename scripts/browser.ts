/**
 * Starts Debian's Chromium (never a downloaded browser) with the built
 * extension loaded, every request routed through our page server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium';
export const BUILT_EXTENSION = path.resolve('.output/chrome-mv3');

export interface BrowserOptions {
  /** Folder of an unpacked extension; omit for a browser without one. */
  extension?: string;
  /** Origin of the page server, used as the proxy for all traffic. */
  proxy: string;
  headless?: boolean;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId?: string;
  close(): Promise<void>;
}

export async function launchBrowser({ extension, proxy, headless = true }: BrowserOptions): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'gloss-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--proxy-server=${proxy}`,
    // Route loopback through the proxy too, so nothing escapes the record.
    '--proxy-bypass-list=<-loopback>',
  ];
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    args,
    viewport: { width: 1100, height: 800 },
  });
  let extensionId: string | undefined;
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    ...(extensionId ? { extensionId } : {}),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
