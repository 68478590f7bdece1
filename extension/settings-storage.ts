import { browser } from 'wxt/browser';
import type { Settings } from '@/engine/settings';
import { validateSettings } from '@/engine/settings';
import { readLocalItem } from './local-reads';
import { watchStorage } from './storage-changes';
import { QUOTA_BYTES, decodeSettings, encodeSettings, isSettingsKey, totalBytes } from './settings-chunks';

/*
 * Settings follow the reader between browsers through storage.sync (UX.md #11), laid out by
 * settings-chunks.ts: only non-default small settings, and lists in chunks under the per-item
 * limit. Sync can fail (quota, no sync area): then the whole value is written to storage.local
 * under `settings`, and that local copy, while present, wins over sync because it is the newer
 * write; the next successful sync write removes it.
 *
 * Before format 2, settings were one item `settings` in sync holding every field. Such an item is
 * still read when no format-2 header exists, and `migrateSettings` (run at each background start)
 * rewrites it in the new layout, then removes it.
 */
const LOCAL_KEY = 'settings';
const LEGACY_SYNC_KEY = 'settings';

async function readLocalCopy(): Promise<unknown> {
  try {
    const local = await readLocalItem(LOCAL_KEY);
    return local ?? null;
  } catch (error) {
    console.warn('Gloss: could not read local settings', error);
    return null;
  }
}

/** Everything in storage.sync (only Gloss's own items are there). */
async function readSync(): Promise<Record<string, unknown>> {
  return (await browser.storage.sync.get(null)) as Record<string, unknown>;
}

/** The stored value to validate: the local copy, else the format-2 sync layout, else the legacy item. */
async function readStored(): Promise<{ stored: unknown; problems: string[] }> {
  const local = await readLocalCopy();
  if (local !== null) return { stored: local, problems: [] };
  try {
    const items = await readSync();
    const decoded = decodeSettings(items);
    if (decoded.stored !== null) return decoded;
    return { stored: items[LEGACY_SYNC_KEY] ?? null, problems: [] };
  } catch (error) {
    console.warn('Gloss: could not read synced settings; using defaults', error);
    return { stored: null, problems: [] };
  }
}

/** Reads the settings, repairing any bad field with its default (and reporting it) without losing the rest. */
export async function loadSettings(): Promise<Settings> {
  const read = await readStored();
  const { settings, problems } = validateSettings(read.stored);
  const all = [...read.problems, ...problems];
  if (all.length > 0) console.warn('Gloss: stored settings had problems; defaults used for:', all);
  return settings;
}

/** Writes only the sync items that changed and removes those no longer used (sync counts every write). */
async function writeSync(settings: Settings): Promise<void> {
  const items = encodeSettings(settings);
  const bytes = totalBytes(items);
  if (bytes > QUOTA_BYTES) throw new Error(`settings need ${bytes} bytes, more than sync's ${QUOTA_BYTES}`);
  const current = await readSync();
  const changed = Object.fromEntries(
    Object.entries(items).filter(([key, value]) => JSON.stringify(current[key]) !== JSON.stringify(value)),
  );
  const stale = Object.keys(current).filter(
    (key) => (isSettingsKey(key) || key === LEGACY_SYNC_KEY) && !(key in items),
  );
  if (Object.keys(changed).length > 0) await browser.storage.sync.set(changed);
  if (stale.length > 0) await browser.storage.sync.remove(stale);
}

/** Saves the settings (validated first, so nothing invalid is ever written). */
export async function saveSettings(settings: Settings): Promise<void> {
  const { settings: clean, problems } = validateSettings(settings);
  if (problems.length > 0) console.warn('Gloss: saving settings with problems repaired:', problems);
  try {
    await writeSync(clean);
  } catch (error) {
    console.warn('Gloss: could not save settings to sync storage; keeping them locally', error);
    await browser.storage.local.set({ [LOCAL_KEY]: clean });
    return;
  }
  try {
    await browser.storage.local.remove(LOCAL_KEY);
  } catch (error) {
    console.warn('Gloss: could not remove the local settings copy', error);
  }
}

/**
 * Moves settings saved in the legacy layout (one `settings` item in sync) to format 2. Nothing is
 * lost: the legacy item is removed only by a successful sync write of the same settings, and when
 * sync refuses them they are kept in the local copy instead.
 */
export async function migrateSettings(): Promise<void> {
  try {
    const items = await readSync();
    if (!(LEGACY_SYNC_KEY in items) || decodeSettings(items).stored !== null) return;
    const settings = await loadSettings();
    await saveSettings(settings);
    console.info('Gloss: settings moved to the new sync layout');
  } catch (error) {
    console.warn('Gloss: could not migrate settings; the old ones are still read', error);
  }
}

/** Calls `callback` with the validated settings whenever they change in any context; returns an unwatch. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  let latest = 0;
  let last = '';
  const reload = () => {
    // One save changes several items (and may remove the local copy); only the newest read is
    // delivered, and only when it differs from the last one.
    const ticket = ++latest;
    void loadSettings().then((settings) => {
      const json = JSON.stringify(settings);
      if (ticket !== latest || json === last) return;
      last = json;
      callback(settings);
    });
  };
  return watchStorage((changes, area) => {
    const keys = Object.keys(changes);
    if (
      area === 'local'
        ? keys.includes(LOCAL_KEY)
        : area === 'sync' && keys.some((key) => isSettingsKey(key) || key === LEGACY_SYNC_KEY)
    )
      reload();
  });
}
