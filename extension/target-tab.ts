import { browser } from 'wxt/browser';

export interface TabRef {
  id?: number;
  windowId?: number;
  lastAccessed?: number;
}

/**
 * Picks, among a window's tabs, the one the popup page is about when it was opened as a tab itself
 * (as the end-to-end tests do): the most recently used tab other than the popup's own.
 */
export function mostRecentOtherTab<T extends TabRef>(
  tabs: readonly T[],
  selfId: number | undefined,
): T | undefined {
  let best: T | undefined;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.id === selfId) continue;
    if (!best || (tab.lastAccessed ?? 0) > (best.lastAccessed ?? 0)) best = tab;
  }
  return best;
}

/**
 * The tab the popup acts on: in a real popup (tabs.getCurrent() gives nothing) the active tab of the
 * current window; in a popup page opened as a tab, the other tab of that window used last. Needs no
 * "tabs" permission: only ids and lastAccessed are read.
 */
export async function findTargetTabId(): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent();
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active?.id;
  }
  const tabs = await browser.tabs.query({ windowId: self.windowId });
  return mostRecentOtherTab(tabs, self.id)?.id;
}
