import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import type { GlossBrowser, Tab } from './types';
import { browserExecutable, extensionDir, withTimeout } from './util';

/**
 * Pinned through `extensions.webextensions.uuids`, so the popup's moz-extension:// URL is known
 * without asking the browser (a temporary add-on otherwise gets a random one).
 */
export const FIREFOX_EXTENSION_UUID = '5d1a7c3e-6b2f-4e8a-9c41-0f3b2d6e8a17';

export interface FirefoxGloss extends GlossBrowser {
  browser: Browser;
  pageOf(tab: Tab): Page;
}

/** Puppeteer's BiDi frame has the browsing context it navigates; its public type does not say so. */
interface BidiFrameLike {
  browsingContext: { navigate(url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<void> };
}

function wrap(page: Page): Tab {
  return {
    // Arguments and results cross as JSON; the scenarios pass only plain data.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    bringToFront: () => page.bringToFront(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key as never),
    close: () => page.close(),
  };
}

/**
 * The add-on's gecko id (GECKO_ID in wxt.config.ts), read from the package being installed: the pref
 * must name exactly that id, and importing wxt.config.ts would load all of WXT (about 2.5 s).
 */
async function readGeckoId(dir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(`${dir}/manifest.json`, 'utf8'));
  const id: unknown = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string')
    throw new Error(`${dir}/manifest.json has no gecko id: run npm run build again.`);
  return id;
}

/** Debian's Firefox ESR over WebDriver BiDi with the built extension as a temporary add-on (TOOLCHAIN.md). */
export async function launchFirefox(options: { extension?: boolean } = {}): Promise<FirefoxGloss> {
  // Without the extension: the baseline of the harmlessness tests.
  const withGloss = options.extension ?? true;
  const dir = withGloss ? extensionDir('firefox') : '';
  const geckoId = withGloss ? await readGeckoId(dir) : 'none@gloss';
  // Puppeteer makes (and deletes on close) its own temporary profile for Firefox.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserExecutable('firefox'),
    headless: true,
    // Lets the test drive the extension's own moz-extension:// pages (the popup).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
    },
    defaultViewport: { width: 1280, height: 800 },
    timeout: 30_000,
    protocolTimeout: 30_000,
  });
  try {
    if (withGloss)
      await withTimeout(browser.installExtension(dir), 20_000, 'installing the add-on in Firefox');
    const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
    const first = (await browser.pages())[0] ?? (await browser.newPage());
    const tabs = new Map<Tab, Page>();
    const track = (page: Page) => {
      const tab = wrap(page);
      tabs.set(tab, page);
      return tab;
    };
    return {
      name: 'firefox',
      browser,
      extensionOrigin,
      firstTab: track(first),
      newTab: async () => track(await browser.newPage()),
      openPopup: async () => {
        const page = await browser.newPage();
        // page.goto never sees a load event on a moz-extension:// page: navigate without waiting.
        const frame = page.mainFrame() as unknown as BidiFrameLike;
        await frame.browsingContext.navigate(`${extensionOrigin}/popup.html`, 'none');
        await page.waitForFunction(
          () => location.protocol === 'moz-extension:' && document.readyState !== 'loading',
          {
            timeout: 15_000,
          },
        );
        return track(page);
      },
      pageOf: (tab) => {
        const page = tabs.get(tab);
        if (!page) throw new Error('not a tab of this browser');
        return page;
      },
      close: () => closeFirefox(browser),
    };
  } catch (error) {
    await closeFirefox(browser);
    throw error;
  }
}

async function closeFirefox(browser: Browser): Promise<void> {
  try {
    await withTimeout(browser.close(), 15_000, 'closing Firefox');
  } catch (error) {
    // A hung Firefox must not outlive the test run.
    browser.process()?.kill('SIGKILL');
    throw error;
  }
}
