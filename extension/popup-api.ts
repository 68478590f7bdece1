import { browser } from 'wxt/browser';
import type { PopupApi } from '@/components/PopupApp';
import { sendToTab } from './messaging';
import { PAGE_INFO_REQUEST, parsePageInfo } from './page-info';
import type { PageInfo } from './page-info';
import { loadSettings, saveSettings, watchSettings } from './settings-storage';
import { findTargetTabId } from './target-tab';

/** Asks the target tab's content script what it found; null when there is no tab or no answer. */
export async function loadTargetPageInfo(): Promise<PageInfo | null> {
  try {
    const tabId = await findTargetTabId();
    if (tabId === undefined) return null;
    return parsePageInfo(await sendToTab<unknown>(tabId, PAGE_INFO_REQUEST));
  } catch {
    // No content script in that tab (browser pages, store pages, or a tab loaded before install).
    return null;
  }
}

/** Asks the target tab to scroll to an entity's first mention and flash it. */
export async function revealInTargetTab(id: string): Promise<void> {
  try {
    const tabId = await findTargetTabId();
    if (tabId !== undefined) await sendToTab<unknown>(tabId, { type: 'reveal', id });
  } catch (error) {
    console.warn('Gloss: the page did not reveal the name', error);
  }
}

/** The popup's view of the browser. */
export const popupApi: PopupApi = {
  loadSettings,
  saveSettings,
  watchSettings,
  loadPage: loadTargetPageInfo,
  reveal: revealInTargetTab,
  openOptions: () => {
    void browser.runtime.openOptionsPage().then(() => window.close());
  },
};
