/**
 * The v0 path a reader takes, written once and run in each browser: names are highlighted, hovering
 * one opens its card, Esc closes it, and the popup's site switch turns Gloss off (also after a
 * reload) and on again.
 */
import { expect, it } from 'vitest';
import { highlightCount, locateText, readGlossState, readPopupState } from './harness/probes';
import type { GlossState } from './harness/probes';
import { parkPointer, restPointerOn } from './harness/pointer';
import type { Session } from './harness/session';
import type { Tab } from './harness/types';
import { expectToHold, waitForState } from './harness/wait';

export const NEWS_PAGE = '/news-article.html';

/** Names on the news page and the entity each must open a card for. */
export const HOVER_TARGETS = [
  { text: 'Vladimir Putin', name: 'Vladimir Putin' },
  { text: 'Moscow', name: 'Moscow' },
];

// The content script's CSS.highlights entries are visible from the page's main world in both browsers.
const isShowing = (s: GlossState) => s.mentions > 0 && highlightCount(s) > 0;
const isClear = (s: GlossState) => s.mentions === 0 && highlightCount(s) === 0;

/** Hovers the first `text` in the article; returns the card that opened and where the text is. */
export async function openCardOn(tab: Tab, text: string) {
  await parkPointer(tab);
  await waitForState(tab, readGlossState, (s) => s.card === null, { what: 'no card before hovering' });
  const rect = await tab.evaluate(locateText, { text, within: 'article' });
  expect(rect, `"${text}" is on the news page`).not.toBeNull();
  await restPointerOn(tab, rect!);
  // Dwell (150 ms) + the default delay (500 ms) + fade: the card must be there well within 5 s.
  const state = await waitForState(tab, readGlossState, (s) => s.card !== null && s.card.visible, {
    timeout: 5000,
    what: `a card after hovering "${text}"`,
  });
  return { card: state.card!, mention: rect! };
}

/** Sets the popup's site switch and waits until the news tab shows the result. */
async function switchSite(session: Session, news: Tab, on: boolean): Promise<void> {
  await news.bringToFront(); // the popup acts on the tab used last
  const popup = await session.browser.openPopup();
  try {
    const before = await waitForState(popup, readPopupState, (p) => p.site !== null, {
      what: 'the popup’s site switch',
    });
    expect(before.site, 'the site switch shows the current state').toBe(!on);
    expect(before.siteLabel, 'the switch names the site').toContain('127.0.0.1');
    await popup.click('input#site-toggle');
    await waitForState(popup, readPopupState, (p) => p.site === on, { what: `the switch to turn ${on}` });
    // Settings apply live to open tabs: no reload here.
    await waitForState(news, readGlossState, on ? isShowing : isClear, {
      timeout: 10_000,
      what: on ? 'highlights to come back' : 'every highlight to go',
    });
  } finally {
    await popup.close();
  }
}

export function glossPathTests(session: Session): void {
  let news: Tab;
  /** How long highlighting took on first load: the window in which a wrongly-on Gloss would show. */
  let firstHighlightMs = 0;

  it('underlines names on a news page', async () => {
    news = session.browser.firstTab;
    const started = Date.now();
    await news.goto(session.server.url(NEWS_PAGE));
    const state = await waitForState(news, readGlossState, isShowing, {
      timeout: 15_000,
      what: 'data-gloss-mentions > 0',
    });
    firstHighlightMs = Date.now() - started;
    expect(state.mentions).toBeGreaterThanOrEqual(10);
    expect(state.highlights, 'CSS.highlights is visible from the page').not.toBeNull();
    expect(highlightCount(state)).toBeGreaterThan(0);
    expect(
      Object.keys(state.highlights!).every((n) => /^gloss-(person|place|organisation|event|other)$/.test(n)),
    ).toBe(true);
    expect(state.highlights!['gloss-place'], 'places are highlighted').toBeGreaterThan(0);
  });

  for (const target of HOVER_TARGETS)
    it(`hovering "${target.text}" opens a card for ${target.name}; Esc closes it`, async () => {
      const { card } = await openCardOn(news, target.text);
      expect(card.label).toBe(target.name);
      expect(card.heading).toBe(target.name);
      await news.press('Escape');
      await waitForState(news, readGlossState, (s) => s.card === null, { what: 'Esc to close the card' });
      // The pointer is still on the name: the card must not come straight back.
      await expectToHold(news, readGlossState, (s) => s.card === null, {
        duration: 1000, // longer than dwell + delay (650 ms)
        what: 'the card staying closed after Esc',
      });
    });

  it('resting on an ordinary word opens no card', async () => {
    await parkPointer(news);
    const rect = await news.evaluate(locateText, { text: 'guard of honour', within: 'article' });
    expect(rect).not.toBeNull();
    await restPointerOn(news, rect!);
    // Longer than dwell + delay (650 ms): a card would have shown by then.
    await expectToHold(news, readGlossState, (s) => s.card === null, {
      duration: 1200,
      what: 'no card over words that are not names',
    });
  });

  it('the popup counts the names found on the page', async () => {
    await news.bringToFront();
    const popup = await session.browser.openPopup();
    try {
      const state = await waitForState(popup, readPopupState, (p) => /\d/.test(p.pageCount ?? ''), {
        what: 'a count in #page-count',
      });
      expect(Number(/\d+/.exec(state.pageCount!)![0])).toBeGreaterThan(0);
    } finally {
      await popup.close();
    }
  });

  it('switching the site off in the popup removes every highlight, also after a reload', async () => {
    await switchSite(session, news, false);
    await news.reload();
    // Nothing can signal "decided not to run", so watch for at least the time highlighting took when on.
    await expectToHold(news, readGlossState, isClear, {
      duration: Math.max(2000, 2 * firstHighlightMs),
      what: 'no highlights after reloading a switched-off site',
    });
  });

  it('switching the site back on brings the highlights back', async () => {
    await switchSite(session, news, true);
    const state = await waitForState(news, readGlossState, isShowing, { what: 'highlights again' });
    expect(state.mentions).toBeGreaterThanOrEqual(10);
  });
}
