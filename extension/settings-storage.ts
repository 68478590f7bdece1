import { storage } from 'wxt/utils/storage';
import type { Settings } from '@/engine/settings';
import { validateSettings } from '@/engine/settings';

/*
 * Settings live in storage.sync so site lists follow the reader between browsers (UX.md #11). Sync
 * can fail: 8 KB per item (a long site list), or no sync area at all. Then the value is written to
 * storage.local instead, and a local copy, while present, wins over sync because it is the newer
 * write; the next successful sync write removes it.
 */
const syncItem = storage.defineItem<unknown>('sync:settings', { version: 1, fallback: null });
const localItem = storage.defineItem<unknown>('local:settings', { version: 1, fallback: null });

async function readStored(): Promise<unknown> {
  try {
    const local = await localItem.getValue();
    if (local !== null) return local;
  } catch (error) {
    console.warn('Gloss: could not read local settings', error);
  }
  try {
    return await syncItem.getValue();
  } catch (error) {
    console.warn('Gloss: could not read synced settings; using defaults', error);
    return null;
  }
}

/** Reads the settings, repairing any bad field with its default (and reporting it) without losing the rest. */
export async function loadSettings(): Promise<Settings> {
  const { settings, problems } = validateSettings(await readStored());
  if (problems.length > 0) console.warn('Gloss: stored settings had problems; defaults used for:', problems);
  return settings;
}

/** Saves the settings (validated first, so nothing invalid is ever written). */
export async function saveSettings(settings: Settings): Promise<void> {
  const { settings: clean, problems } = validateSettings(settings);
  if (problems.length > 0) console.warn('Gloss: saving settings with problems repaired:', problems);
  try {
    await syncItem.setValue(clean);
  } catch (error) {
    console.warn('Gloss: could not save settings to sync storage; keeping them locally', error);
    await localItem.setValue(clean);
    return;
  }
  try {
    await localItem.removeValue();
  } catch (error) {
    console.warn('Gloss: could not remove the local settings copy', error);
  }
}

/** Calls `callback` with the validated settings whenever they change in any context; returns an unwatch. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  let latest = 0;
  let last = '';
  const reload = () => {
    // Both areas change in one save; only the newest read is delivered, and only if it differs.
    const ticket = ++latest;
    void loadSettings().then((settings) => {
      const json = JSON.stringify(settings);
      if (ticket !== latest || json === last) return;
      last = json;
      callback(settings);
    });
  };
  const unwatchSync = syncItem.watch(reload);
  const unwatchLocal = localItem.watch(reload);
  return () => {
    unwatchSync();
    unwatchLocal();
  };
}
