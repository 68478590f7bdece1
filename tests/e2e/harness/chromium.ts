import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import type { GlossBrowser, Tab } from './types';
import { browserExecutable, extensionDir, withTimeout } from './util';

export interface ChromiumOptions {
  /** For README screenshots: sharper pixels. */
  deviceScaleFactor?: number;
  /** False for the baseline of the harmlessness tests: the same browser without Gloss. */
  extension?: boolean;
}

export interface ChromiumGloss extends GlossBrowser {
  context: BrowserContext;
  /** The Playwright page behind a Tab, for what only Chromium does (screenshots, media emulation). */
  pageOf(tab: Tab): Page;
}

function wrap(page: Page): Tab & { page: Page } {
  return {
    page,
    // Arguments and results cross as JSON; the scenarios pass only plain data.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    bringToFront: () => page.bringToFront(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  };
}

/** Debian's Chromium with the built extension, in a fresh profile that is deleted on close (TOOLCHAIN.md). */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumGloss> {
  const withGloss = options.extension ?? true;
  const dir = withGloss ? extensionDir('chromium') : '';
  const profile = await mkdtemp(join(tmpdir(), 'gloss-e2e-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browserExecutable('chromium'),
      headless: true,
      // Playwright disables extensions by default; new headless mode loads them.
      ignoreDefaultArgs: withGloss ? ['--disable-extensions'] : [],
      args: [
        ...(withGloss ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
        '--disable-gpu',
        '--disable-quic',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      timeout: 30_000,
    });
    const ctx = context;
    const extensionOrigin = withGloss ? await extensionOriginOf(ctx) : '';
    const first = ctx.pages()[0] ?? (await ctx.newPage());
    const tabs = new Map<Tab, Page>();
    const track = (page: Page) => {
      const tab = wrap(page);
      tabs.set(tab, page);
      return tab;
    };
    return {
      name: 'chromium',
      context: ctx,
      extensionOrigin,
      firstTab: track(first),
      newTab: async () => track(await ctx.newPage()),
      openPopup: async () => {
        const page = await ctx.newPage();
        await page.goto(`${extensionOrigin}/popup.html`);
        return track(page);
      },
      pageOf: (tab) => {
        const page = tabs.get(tab);
        if (!page) throw new Error('not a tab of this browser');
        return page;
      },
      close: () => closeChromium(ctx, profile),
    };
  } catch (error) {
    if (context) await closeChromium(context, profile);
    else await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The extension's id is the host of its service worker's URL. */
async function extensionOriginOf(ctx: BrowserContext): Promise<string> {
  const worker =
    ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await ctx.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 20_000,
    }));
  return `chrome-extension://${new URL(worker.url()).host}`;
}

async function closeChromium(context: BrowserContext, profile: string): Promise<void> {
  try {
    await withTimeout(context.close(), 15_000, 'closing Chromium');
  } finally {
    // Chromium may still be writing to the profile for a moment after it exits.
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}
