/**
 * Issue 6, points 2 and 3, run in each browser: on the project's own busy pages Gloss changes nothing
 * a page or a reader could notice (markup, text, layout, errors), never highlights navigation, form
 * fields, editors or code, leaves links working, and makes no network request of its own. Each check
 * compares a browser with Gloss against the same browser without it.
 */
import { expect, it } from 'vitest';
import { glossHostState, highlightedTexts, pageSettled, pathname, snapshotPage } from './harness/harm-probes';
import { locateText } from './harness/probes';
import { parkPointer, restPointerOn } from './harness/pointer';
import { readGlossState } from './harness/probes';
import type { Session } from './harness/session';
import type { Tab } from './harness/types';
import { waitForState } from './harness/wait';
import { cardUiUrl, watchRequests } from './harness/requests';
import { CARD_UI_FILE } from '../../extension/card-ui-file';

export const BUSY_PAGES = ['/busy-news.html', '/framework-app.html', '/news-article.html'];

async function settle(tab: Tab): Promise<void> {
  await waitForState(tab, pageSettled, (done) => done, {
    timeout: 15_000,
    what: 'the page’s own scripts to finish',
  });
}

/**
 * Waits until Gloss has read the page and its count has stayed the same for a second: longer than
 * the observer's 300 ms batching, so the page's last mutations have been handled too.
 */
export async function glossQuiet(tab: Tab): Promise<number> {
  let last = '';
  let since = Date.now();
  const state = await waitForState(
    tab,
    glossHostState,
    (s) => {
      const key = JSON.stringify(s);
      if (key !== last) [last, since] = [key, Date.now()];
      return s.state === 'ready' && s.mentions > 0 && Date.now() - since >= 1000;
    },
    { timeout: 20_000, what: 'Gloss to finish with the page' },
  );
  return state.mentions;
}

/** Loads `path` in both browsers and waits for the page (and Gloss) to be done. */
async function loadBoth(gloss: Session, plain: Session, path: string): Promise<[Tab, Tab]> {
  const withTab = gloss.browser.firstTab;
  const withoutTab = plain.browser.firstTab;
  await Promise.all([withTab.goto(gloss.server.url(path)), withoutTab.goto(plain.server.url(path))]);
  await Promise.all([settle(withTab), settle(withoutTab)]);
  await glossQuiet(withTab);
  return [withTab, withoutTab];
}

export function harmlessTests(gloss: Session, plain: Session): void {
  for (const path of BUSY_PAGES)
    it(`${path}: the same text, markup outside Gloss's host, layout, errors and messages as without Gloss`, async () => {
      const [withTab, withoutTab] = await loadBoth(gloss, plain, path);
      const [shown, bare] = await Promise.all([
        withTab.evaluate(snapshotPage, undefined),
        withoutTab.evaluate(snapshotPage, undefined),
      ]);
      expect(shown.text, 'document.body.innerText').toBe(bare.text);
      expect(shown.html, 'the DOM outside <gloss-host>').toBe(bare.html);
      expect(shown.boxes, 'every element’s box (no layout shift)').toEqual(bare.boxes);
      expect(shown.errors, 'errors the page reported').toEqual(bare.errors);
      expect(bare.errors, 'the fixture itself runs cleanly').toEqual([]);
      expect(shown.messages, 'window messages the page received').toEqual(bare.messages);
    });

  it('highlights names in the article but nothing in navigation, form fields, editors, code or share links', async () => {
    const [tab] = await loadBoth(gloss, plain, '/busy-news.html');
    const highlighted = await tab.evaluate(highlightedTexts, undefined);
    // Each name below appears first inside nav, a field, an editor, code or a share link: a wrong read would show there.
    expect(highlighted.filter((h) => h.forbidden !== null)).toEqual([]);
    const inStory = highlighted.filter((h) => h.near === 'story' || h.near === 'linked-name');
    expect(inStory.map((h) => h.text)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Moscow']));
  });

  it('clicking a highlighted name inside a link still follows the link', async () => {
    const [tab] = await loadBoth(gloss, plain, '/busy-news.html');
    const highlighted = await tab.evaluate(highlightedTexts, undefined);
    expect(highlighted, 'the linked name is highlighted').toContainEqual(
      expect.objectContaining({ near: 'linked-name', text: 'Vladimir Putin' }),
    );
    await tab.click('#linked-name');
    await waitForState(tab, pathname, (p) => p === '/linked-target.html', {
      what: 'the link to be followed',
    });
  });

  it('makes no network request while pages load, are annotated and show cards', async () => {
    const requests = watchRequests(gloss.browser, gloss.browser.firstTab);
    try {
      const tab = gloss.browser.firstTab;
      const before = gloss.server.requests.length;
      for (const path of BUSY_PAGES) {
        await tab.goto(gloss.server.url(path));
        await settle(tab);
        await glossQuiet(tab);
      }
      await parkPointer(tab);
      const rect = await tab.evaluate(locateText, { text: 'Moscow', within: 'article' });
      expect(rect, '"Moscow" is in the article').not.toBeNull();
      await restPointerOn(tab, rect!);
      await waitForState(tab, readGlossState, (s) => s.card?.visible === true, {
        timeout: 5000,
        what: 'a card',
      });
      // Chromium: the card UI's per-session URL, not under the extension's id (README.md, Permissions).
      const cardUi = await cardUiUrl(gloss.browser, CARD_UI_FILE);
      const served = gloss.server.requests.slice(before);
      // Only the pages the test opened (and the browser's own favicon look-up) reached the page server.
      expect(served.filter((p) => !BUSY_PAGES.includes(p) && p !== '/favicon.ico')).toEqual([]);
      const own = (url: string) =>
        url.startsWith(gloss.server.origin + '/') ||
        url === cardUi ||
        (gloss.browser.extensionOrigin !== '' && url.startsWith(gloss.browser.extensionOrigin + '/'));
      expect(
        requests.urls.filter((url) => !own(url)),
        'requests to anywhere else',
      ).toEqual([]);
      expect(requests.urls.length, 'the request log saw the page loads').toBeGreaterThanOrEqual(
        BUSY_PAGES.length,
      );
    } finally {
      requests.stop();
    }
  });
}
