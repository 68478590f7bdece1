import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '@/engine/messages';

/**
 * Sends a request to the background. The answer is typed for convenience only: the caller still
 * validates it (e.g. with isAnnotateResponse), as with every message that crosses a context.
 */
export async function sendToBackground<T>(request: BackgroundRequest): Promise<T> {
  return (await browser.runtime.sendMessage(request)) as T;
}

/**
 * Sends a message to the content script of a tab's top frame (frame 0, so iframes never answer for
 * the page). Rejects when the tab has no content script, e.g. browser pages.
 */
export async function sendToTab<T>(tabId: number, message: unknown): Promise<T> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as T;
}
