import { browser } from 'wxt/browser';

interface Batch {
  keys: string[];
  items: Promise<Record<string, unknown>>;
}

let batch: Batch | null = null;

/**
 * One storage.local item (undefined when absent). Reads asked for in the same task go to the
 * browser as one `get`: the content script reads the settings' local copy and the site's "Not
 * this?" choices as it starts on every page, and each storage call cost that start about 0.3 ms in
 * Chromium (npm run bench:pages). A failed read rejects every read of its batch.
 */
export function readLocalItem(key: string): Promise<unknown> {
  if (!batch) {
    const keys: string[] = [];
    batch = {
      keys,
      items: Promise.resolve().then(() => {
        batch = null;
        return browser.storage.local.get(keys) as Promise<Record<string, unknown>>;
      }),
    };
  }
  batch.keys.push(key);
  return batch.items.then((items) => items[key]);
}
