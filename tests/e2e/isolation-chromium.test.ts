import { describe, expect, it } from 'vitest';
import { CARD_UI_FILE } from '../../extension/card-ui-file';
import { glossQuiet } from './harmless';
import { launchChromium } from './harness/chromium';
import type { ChromiumGloss } from './harness/chromium';
import { useSession } from './harness/session';
import { isolationTests, openCardOn } from './isolation';

describe('Chromium: styles isolated both ways, no extension file reachable by its static URL', () => {
  const gloss = useSession(() => launchChromium());
  const plain = useSession(() => launchChromium({ extension: false }));
  isolationTests(gloss, plain);

  it('a web page has no way to message the extension (no externally_connectable)', async () => {
    const tab = gloss.browser.firstTab;
    await tab.goto(gloss.server.url('/news-article.html'));
    const api = await tab.evaluate(() => {
      const chrome = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } })
        .chrome;
      return [typeof chrome?.runtime?.sendMessage, typeof chrome?.runtime?.connect];
    }, undefined);
    expect(api).toEqual(['undefined', 'undefined']);
  });

  it('the content script imports the card UI from its dynamic URL, not the extension id’s', async () => {
    const browser = gloss.browser as ChromiumGloss;
    const tab = await browser.newTab();
    const requested: string[] = [];
    browser.pageOf(tab).on('request', (request) => requested.push(request.url()));
    try {
      await tab.goto(gloss.server.url('/news-article.html'));
      await glossQuiet(tab);
      await openCardOn(tab, 'Moscow');
      const first = requested.find((url) => url.endsWith(`/${CARD_UI_FILE}`));
      expect(first, 'the card UI was imported').toBeDefined();
      const host = new URL(first!).host;
      // A per-session UUID (use_dynamic_url); Chrome then serves the file itself internally.
      expect(host).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(`chrome-extension://${host}`).not.toBe(browser.extensionOrigin);
    } finally {
      await tab.close();
    }
  });
});
