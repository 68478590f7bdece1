import { browser } from 'wxt/browser';
import type { CommandName } from '@/engine/messages';
import { isSiteEnabled, withSiteEnabled } from '@/engine/settings';
import { sendToTab } from './messaging';
import { PAGE_INFO_REQUEST, parsePageInfo } from './page-info';
import { loadSettings, saveSettings } from './settings-storage';
import { mostRecentOtherTab } from './target-tab';

/** Sent to a tab's content script by the "open-panel" command. */
export const OPEN_PANEL_MESSAGE = { type: 'openPanel' } as const;

export interface CommandResult {
  done: boolean;
}

/** Switches Gloss on or off for the site of a tab, asking its content script for the hostname (no "tabs" permission). */
async function toggleSite(tabId: number): Promise<CommandResult> {
  const info = parsePageInfo(await sendToTab<unknown>(tabId, PAGE_INFO_REQUEST));
  if (!info || info.hostname === '') return { done: false };
  const settings = await loadSettings();
  // The site's own state, as the popup's site switch shows it.
  const on = isSiteEnabled({ ...settings, enabled: true }, info.hostname);
  await saveSettings(withSiteEnabled(settings, info.hostname, !on));
  return { done: true };
}

/** Runs a keyboard command against a tab; never rejects (a tab without a content script is simply skipped). */
export async function runCommand(name: CommandName, tabId: number | undefined): Promise<CommandResult> {
  if (tabId === undefined) return { done: false };
  try {
    if (name === 'toggle-site') return await toggleSite(tabId);
    await sendToTab(tabId, OPEN_PANEL_MESSAGE);
    return { done: true };
  } catch (error) {
    console.warn(`Gloss: the ${name} command found no page to act on`, error);
    return { done: false };
  }
}

/**
 * The tab a command acts on: the one the browser names, else the active tab; when an extension page
 * opened as a tab sends the command (the end-to-end tests do), the other tab of its window used last.
 */
export async function commandTab(senderTab?: {
  id?: number;
  windowId?: number;
}): Promise<number | undefined> {
  if (senderTab?.id !== undefined) {
    const tabs = await browser.tabs.query({ windowId: senderTab.windowId });
    return mostRecentOtherTab(tabs, senderTab.id)?.id;
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

/** Listens to the manifest's `commands` (wxt.config.ts). */
export function listenToCommands(): void {
  const listener = (command: string, tab?: { id?: number }) => {
    if (command !== 'toggle-site' && command !== 'open-panel') return;
    const id = tab?.id !== undefined ? Promise.resolve(tab.id) : commandTab();
    void id.then((tabId) => runCommand(command, tabId));
  };
  try {
    browser.commands.onCommand.addListener(listener);
  } catch (error) {
    // Android Firefox (and wxt's fake browser) have no commands API: the messages still work.
    console.warn('Gloss: no keyboard commands here', error);
  }
}
