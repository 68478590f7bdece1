import { describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium';
import { useSession } from './harness/session';
import { isolationTests } from './isolation';

describe('Chromium: styles isolated both ways, nothing exposed to pages', () => {
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
});
