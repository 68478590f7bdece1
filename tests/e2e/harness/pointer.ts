import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumGloss } from './chromium';
import type { FirefoxGloss } from './firefox';
import type { GlossBrowser, Rect, Tab } from './types';
import { sleep } from './util';

/**
 * Rests the pointer on the middle of `rect` the way a reader does: a jump to just beside it, then a
 * slow approach. Gloss rightly ignores a pointer sweeping fast across text (UX.md: >= 0.5 px/ms), and
 * a single synthetic jump has no speed at all, so the pauses here are the motion itself, not waits.
 */
export async function restPointerOn(tab: Tab, rect: Rect): Promise<void> {
  const x = rect.x + rect.width / 2;
  const y = rect.y + rect.height / 2;
  const steps = 4;
  const stepPx = 5;
  const stepMs = 30; // 5 px / 30 ms is about 0.17 px/ms: a reader's pace
  await tab.mouseMove(x - steps * stepPx, y);
  for (let i = steps - 1; i >= 0; i--) {
    await sleep(stepMs);
    await tab.mouseMove(x - i * stepPx, y);
  }
}

/** Moves the pointer to a corner where nothing is highlighted. */
export async function parkPointer(tab: Tab): Promise<void> {
  await tab.mouseMove(2, 2);
}

/** A finger on a small touch screen: real touch input, which the page sees as pointer events of type "touch". */
export interface Finger {
  tap(x: number, y: number): Promise<void>;
  /** Puts the finger down at `from`, drags it to `to` in small steps (a scroll), lifts it. */
  swipe(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
  /** What the emulation could not do in this browser, for the test to report; null when all of it. */
  limits: string | null;
}

const SWIPE_STEPS = 8;

/**
 * Chromium: a phone-sized, touch-enabled, mobile viewport through CDP Emulation (the page's own
 * meta viewport then applies), and taps and swipes as CDP touch events, which Chromium turns into
 * touch and pointer events and, for a swipe, a scroll, as on a phone.
 */
async function chromiumFinger(
  page: PlaywrightPage,
  size: { width: number; height: number },
): Promise<Finger> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...size, deviceScaleFactor: 2, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  return {
    tap: async (x, y) => {
      await touch('touchStart', [{ x, y }]);
      await sleep(40);
      await touch('touchEnd', []);
    },
    swipe: async (from, to) => {
      await touch('touchStart', [from]);
      for (let i = 1; i <= SWIPE_STEPS; i++) {
        await sleep(16);
        const t = i / SWIPE_STEPS;
        await touch('touchMove', [{ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }]);
      }
      await touch('touchEnd', []);
    },
    limits: null,
  };
}

/**
 * Firefox over WebDriver BiDi: the viewport is set to a phone's width (BiDi has no mobile or
 * touch-screen emulation: `hasTouch`/`isMobile` are not supported), and taps and swipes are BiDi
 * pointer actions of type "touch", which Firefox delivers as pointer events of type "touch".
 */
async function firefoxFinger(page: PuppeteerPage, size: { width: number; height: number }): Promise<Finger> {
  await page.setViewport(size);
  return {
    tap: (x, y) => page.touchscreen.tap(x, y),
    swipe: async (from, to) => {
      const finger = await page.touchscreen.touchStart(from.x, from.y);
      for (let i = 1; i <= SWIPE_STEPS; i++) {
        const t = i / SWIPE_STEPS;
        await finger.move(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
      }
      await finger.end();
    },
    limits: 'no mobile or touch-screen emulation over WebDriver BiDi: a phone-wide window with touch input',
  };
}

/** Makes `tab` a small touch screen (a phone: 390 px wide unless told) and gives a finger on it. */
export function smallTouchScreen(
  browser: GlossBrowser,
  tab: Tab,
  size = { width: 390, height: 740 },
): Promise<Finger> {
  return browser.name === 'chromium'
    ? chromiumFinger((browser as ChromiumGloss).pageOf(tab), size)
    : firefoxFinger((browser as FirefoxGloss).pageOf(tab), size);
}
