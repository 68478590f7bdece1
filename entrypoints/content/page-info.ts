import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageEntitiesResponse } from '@/engine/messages';
import type { PageInfo } from '@/extension/page-info';

/** What the content script does for the popup and the background's commands. */
export interface PageAnswers {
  info: () => PageInfo;
  /** Scrolls to an entity's first mention and flashes it; false when it is not on the page. */
  reveal: (id: string) => boolean;
  /** The "open-panel" command; false when Gloss is off here or a text field has focus. */
  openPanel: () => boolean;
}

type Answer = PageInfo | PageEntitiesResponse | { done: boolean };

function answer(message: Record<string, unknown>, answers: PageAnswers): Answer | undefined {
  switch (message.type) {
    case 'pageInfo':
      return answers.info();
    case 'pageEntities':
      return { entities: answers.info().entities };
    case 'reveal':
      return typeof message.id === 'string' && message.id.length <= 200
        ? { done: answers.reveal(message.id) }
        : undefined;
    case 'openPanel':
      return { done: answers.openPanel() };
    default:
      // Not ours: leave it for another listener to answer.
      return undefined;
  }
}

/**
 * Answers the popup (`{type:'pageInfo'}`, the older `{type:'pageEntities'}`, `{type:'reveal', id}`)
 * and the background's `{type:'openPanel'}` about this page.
 */
export function answerPageInfo(ctx: ContentScriptContext, answers: PageAnswers): void {
  // Answered through sendResponse, at once: the content script uses the browser's own API (no
  // webextension-polyfill), where a listener's returned promise is not an answer in every browser.
  const listener = (message: unknown, _sender: unknown, sendResponse: (answer: Answer) => void): false => {
    if (typeof message !== 'object' || message === null) return false;
    const result = answer(message as Record<string, unknown>, answers);
    if (result !== undefined) sendResponse(result);
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
