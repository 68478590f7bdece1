import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadSiteChoices } from '@/extension/choices-storage';
import { loadSettings, watchSettings } from '@/extension/settings-storage';
import { timed } from '@/page/work-marks';
import { cardUiLoader } from './card-ui-loader';
import type { LoadCardUi } from './card-ui-loader';
import { GlossPage } from './gloss-page';
import { answerPageInfo } from './page-info';

/**
 * Starts Gloss on a page: settings first, then the page follows them live. The card and panel UI
 * comes from the extension's card-ui.js on first need (tests hand in the module itself).
 */
export async function startGloss(
  ctx: ContentScriptContext,
  loadUi: LoadCardUi = cardUiLoader(),
): Promise<GlossPage | null> {
  // Asked for together, so both go to the browser in one storage read (extension/local-reads.ts).
  const choices = loadSiteChoices(location.hostname);
  const settings = await loadSettings();
  if (ctx.isInvalid) return null;
  // Measured as Gloss's work like the rest (npm run bench:pages), though it comes before any reading.
  return timed('init', () => {
    const page = new GlossPage(ctx, settings, loadUi, choices);
    answerPageInfo(ctx, {
      info: () => page.info(),
      reveal: (id) => page.reveal(id),
      openPanel: () => page.openPanel(),
    });
    ctx.onInvalidated(watchSettings((next) => timed('settings', () => page.applySettings(next))));
    page.applySettings(settings);
    return page;
  });
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT's start signal is also a window.postMessage the page's own listeners receive (they should not
  // learn that Gloss runs), and in Chromium it makes V8 collect source positions for the whole script
  // during its evaluation: about half of the script's start-up time (npm run bench:pages). WXT's own
  // instances talk through a DOM event instead (https://github.com/wxt-dev/wxt/pull/2035).
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startGloss(ctx);
  },
});
