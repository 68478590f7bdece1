/**
 * The options page in either browser, for the pack scenarios: opened in a new tab of the test's
 * browser, with a file input that takes a file by its text (Playwright setInputFiles, Puppeteer
 * uploadFile) and a look at the extension's own storage.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumGloss } from './harness/chromium';
import type { FirefoxGloss } from './harness/firefox';
import type { Session } from './harness/session';

export interface OptionsPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Chooses a file with this name and text in the file input `selector`. */
  chooseFile(selector: string, fileName: string, text: string): Promise<void>;
  close(): Promise<void>;
}

function playwrightOptions(page: PlaywrightPage): OptionsPage {
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    chooseFile: (selector, name, text) =>
      page.setInputFiles(selector, { name, mimeType: 'text/plain', buffer: Buffer.from(text) }),
    close: () => page.close(),
  };
}

function puppeteerOptions(page: PuppeteerPage): OptionsPage {
  // Puppeteer uploads from disk, and Firefox reads the file only when the page asks for its text:
  // the files stay until the page is closed.
  const dirs: string[] = [];
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    chooseFile: async (selector, name, text) => {
      const dir = await mkdtemp(join(tmpdir(), 'gloss-e2e-file-'));
      dirs.push(dir);
      await writeFile(join(dir, name), text);
      const input = (await page.$(selector)) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`no ${selector} on the options page`);
      await input.uploadFile(join(dir, name));
    },
    close: async () => {
      try {
        await page.close();
      } finally {
        await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
      }
    },
  };
}

/** Opens options.html of the extension under test and waits until its page has rendered. */
export async function openOptions(session: Session): Promise<OptionsPage> {
  const url = `${session.browser.extensionOrigin}/options.html`;
  if (session.browser.name === 'chromium') {
    const page = await (session.browser as ChromiumGloss).context.newPage();
    await page.goto(url);
    await page.waitForSelector('#pack-import', { timeout: 15_000 });
    return playwrightOptions(page);
  }
  const page = await (session.browser as FirefoxGloss).browser.newPage();
  // As with the popup: a moz-extension:// page never reports a load event to page.goto.
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'none'): Promise<void> };
  };
  await frame.browsingContext.navigate(url, 'none');
  await page.waitForSelector('#pack-import', { timeout: 15_000 });
  return puppeteerOptions(page);
}

/** Everything in the extension's local and sync storage, read from one of its pages. */
export async function readStorage(): Promise<string> {
  type Area = { get(keys: null): Promise<Record<string, unknown>> };
  type Api = { storage: { local: Area; sync: Area } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome)!;
  const [local, sync] = await Promise.all([api.storage.local.get(null), api.storage.sync.get(null)]);
  return JSON.stringify({ local, sync });
}

/** The options page's pack section as the reader sees it: errors, status and the listed packs. */
export function readPackSection() {
  const text = (selector: string) =>
    [...document.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  return {
    errors: text('#pack-errors li'),
    rejected: document.querySelector('#pack-errors > p')?.textContent ?? null,
    status: text('section[aria-labelledby="packs-heading"] [role="status"]'),
    packs: text('.gloss-packs li strong'),
    empty:
      document
        .querySelector('section[aria-labelledby="packs-heading"]')
        ?.textContent?.includes('No packs yet.') ?? false,
  };
}
