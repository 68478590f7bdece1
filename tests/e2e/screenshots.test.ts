/**
 * README pictures from a real run: a hover card on the news page in light and dark, the popup and
 * the options page.
 * Runs only with GLOSS_SCREENSHOTS=1 (`npm run screenshots`), so test runs never rewrite tracked files.
 */
import { mkdir, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from './harness/chromium';
import { useSession } from './harness/session';
import { glossAnimationsDone, readGlossState, readPopupState } from './harness/probes';
import type { Rect } from './harness/types';
import { ROOT } from './harness/util';
import { waitForState } from './harness/wait';
import { NEWS_PAGE, openCardOn } from './gloss-path';

const OUT = `${ROOT}docs/screenshots`;
const PAD = 32;
/** Some of the page to the card's right, so the picture reads as a page and not a cut-out. */
const CONTEXT_RIGHT = 280;

function around(rects: Rect[], page: Page): Rect {
  const { width, height } = page.viewportSize()!;
  const left = Math.max(0, Math.min(...rects.map((r) => r.x)) - PAD);
  const top = Math.max(0, Math.min(...rects.map((r) => r.y)) - PAD);
  const right = Math.min(width, Math.max(...rects.map((r) => r.x + r.width)) + PAD + CONTEXT_RIGHT);
  const bottom = Math.min(height, Math.max(...rects.map((r) => r.y + r.height)) + PAD);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

async function expectPng(path: string): Promise<void> {
  expect((await stat(path)).size, `${path} has content`).toBeGreaterThan(5_000);
}

describe('README screenshots (Chromium)', () => {
  const session = useSession(() => launchChromium({ deviceScaleFactor: 2 }));

  it('a card in light and dark', async () => {
    await mkdir(OUT, { recursive: true });
    const { browser } = session;
    const news = browser.firstTab;
    const page = browser.pageOf(news);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await news.goto(session.server.url(NEWS_PAGE));
      await waitForState(news, readGlossState, (s) => s.mentions > 0, {
        timeout: 15_000,
        what: 'highlights',
      });
      // The headline holds the first, underlined, mention (later ones open cards but are not underlined).
      const { card, mention } = await openCardOn(news, 'Putin');
      // A picture of a half-faded card is no use.
      await waitForState(news, glossAnimationsDone, Boolean, { what: 'the card’s fade-in to finish' });
      const path = `${OUT}/card-${scheme}.png`;
      await page.screenshot({ path, clip: around([card.rect, mention], page) });
      await expectPng(path);
      await news.press('Escape');
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('the popup', async () => {
    const { browser } = session;
    await browser.firstTab.bringToFront();
    const popup = await browser.openPopup();
    const page = browser.pageOf(popup);
    // A toolbar popup is as wide as its content; a tab is not, so give it a popup's width.
    await page.setViewportSize({ width: 360, height: 600 });
    await waitForState(popup, readPopupState, (p) => p.site !== null && /\d/.test(p.pageCount ?? ''), {
      what: 'the popup to load',
    });
    const box = await page.evaluate(() => {
      const body = document.body.getBoundingClientRect();
      const style = getComputedStyle(document.body);
      return {
        width: Math.ceil(body.right + parseFloat(style.marginRight)),
        height: Math.ceil(body.bottom + parseFloat(style.marginBottom)),
      };
    });
    const path = `${OUT}/popup.png`;
    await page.screenshot({
      path,
      clip: { x: 0, y: 0, width: Math.min(360, box.width), height: box.height },
    });
    await expectPng(path);
    await popup.close();
  });

  it('the options page', async () => {
    const { browser } = session;
    const page = await browser.context.newPage();
    try {
      // A laptop window's width: the page's column, with some margin either side.
      await page.setViewportSize({ width: 900, height: 900 });
      await page.goto(`${browser.extensionOrigin}/options.html`);
      // The About section is the last to load (the store's summary comes from the background).
      await page.waitForSelector('#store-summary', { timeout: 15_000 });
      // A site in the list, as a reader would have one, so the picture shows a list rather than its empty note.
      await page.fill('#site-add', 'example.com');
      await page.press('#site-add', 'Enter');
      await page.waitForSelector('text=example.com');
      // No focus ring in the picture.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const path = `${OUT}/options.png`;
      await page.screenshot({ path, fullPage: true });
      await expectPng(path);
    } finally {
      await page.close();
    }
  });
});
