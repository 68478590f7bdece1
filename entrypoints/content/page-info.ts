import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageEntitiesResponse } from '@/engine/messages';
import type { PageInfo } from '@/extension/page-info';

/** Answers the popup: `{type:'pageInfo'}` (and the older `{type:'pageEntities'}`) about this page. */
export function answerPageInfo(ctx: ContentScriptContext, info: () => PageInfo): void {
  const listener = (message: unknown): Promise<PageInfo | PageEntitiesResponse> | undefined => {
    if (typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    if (type === 'pageInfo') return Promise.resolve(info());
    if (type === 'pageEntities') return Promise.resolve({ entities: info().entities });
    // Not ours: leave it for another listener to answer.
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
