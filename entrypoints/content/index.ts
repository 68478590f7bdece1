import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadSettings, watchSettings } from '@/extension/settings-storage';
import { GlossPage } from './gloss-page';
import { answerPageInfo } from './page-info';

/** Starts Gloss on a page: settings first, then the page follows them live. */
export async function startGloss(ctx: ContentScriptContext): Promise<GlossPage | null> {
  const settings = await loadSettings();
  if (ctx.isInvalid) return null;
  const page = new GlossPage(ctx, settings);
  answerPageInfo(ctx, () => page.info());
  ctx.onInvalidated(watchSettings((next) => page.applySettings(next)));
  page.applySettings(settings);
  return page;
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    void startGloss(ctx);
  },
});
