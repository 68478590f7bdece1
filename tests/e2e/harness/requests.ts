import type { ChromiumGloss } from './chromium';
import type { FirefoxGloss } from './firefox';
import type { GlossBrowser, Tab } from './types';

export interface RequestLog {
  /** Every request URL seen so far, in order. */
  urls: string[];
  stop(): void;
}

/**
 * Records requests through the browser's own events. Chromium: the whole context, which includes the
 * extension's service worker (Playwright reports service-worker requests). Firefox: the tab's requests
 * over WebDriver BiDi, which include its content scripts'; the background page is not a target there,
 * so the page server's log (every path it served) is the other half of the check.
 */
export function watchRequests(browser: GlossBrowser, tab: Tab): RequestLog {
  const urls: string[] = [];
  if (browser.name === 'chromium') {
    const context = (browser as ChromiumGloss).context;
    const onRequest = (request: { url(): string }) => void urls.push(request.url());
    context.on('request', onRequest);
    return { urls, stop: () => void context.off('request', onRequest) };
  }
  const page = (browser as FirefoxGloss).pageOf(tab);
  const onRequest = (request: { url(): string }) => void urls.push(request.url());
  page.on('request', onRequest);
  return { urls, stop: () => void page.off('request', onRequest) };
}

/**
 * The URL the content script imports the card UI from (`runtime.getURL`): in Chromium its per-session
 * dynamic URL (use_dynamic_url), read in the extension's service worker; in Firefox under the
 * extension's origin. A request for it is the extension reading its own file, not a network request.
 */
export async function cardUiUrl(browser: GlossBrowser, path: string): Promise<string> {
  if (browser.name === 'firefox') return `${browser.extensionOrigin}/${path}`;
  const context = (browser as ChromiumGloss).context;
  const isOurs = (w: { url(): string }) => w.url().startsWith(browser.extensionOrigin + '/');
  const worker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 }));
  return worker.evaluate(
    (file) =>
      (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL(
        file,
      ),
    path,
  );
}
