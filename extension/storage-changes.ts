import { browser } from 'wxt/browser';

/** One item's change, as storage.onChanged reports it. */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type StorageChanges = Record<string, StorageChange>;
type Watcher = (changes: StorageChanges, area: string) => void;

const watchers = new Set<Watcher>();

function dispatch(changes: StorageChanges, area: string): void {
  for (const watcher of [...watchers]) {
    try {
      watcher(changes, area);
    } catch (error) {
      console.error('Gloss: a storage watcher failed', error);
    }
  }
}

/**
 * Calls `watcher` with every storage change this context sees; returns an unwatch. All watchers
 * share one browser listener: the content script watches the settings and the "Not this?" choices
 * on every page, and in Chromium each listener added cost a page's start about 0.3 ms
 * (npm run bench:pages).
 */
export function watchStorage(watcher: Watcher): () => void {
  const event = browser.storage.onChanged;
  // Asked each time, not remembered: when the listener was removed behind our back (a test's fake
  // browser drops every listener when reset), the watches it served ended with it.
  if (!event.hasListener(dispatch)) {
    watchers.clear();
    event.addListener(dispatch);
  }
  watchers.add(watcher);
  return () => {
    watchers.delete(watcher);
    if (watchers.size === 0) event.removeListener(dispatch);
  };
}
