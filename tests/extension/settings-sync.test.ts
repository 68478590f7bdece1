import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '@/engine/settings';
import { DEFAULT_SETTINGS, validateSettings } from '@/engine/settings';
import {
  QUOTA_BYTES_PER_ITEM,
  chunkList,
  decodeSettings,
  encodeSettings,
  itemBytes,
} from '@/extension/settings-chunks';
import { loadSettings, migrateSettings, saveSettings, watchSettings } from '@/extension/settings-storage';

/** `count` distinct hostnames of about 30 bytes each. */
function sites(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `news-site-number-${i}.example.org`);
}

const withSites = (list: string[]): Settings => ({ ...DEFAULT_SETTINGS, disabledSites: list });

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'info').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('chunking for storage.sync', () => {
  it('keeps every chunk under the 8,192-byte item limit and loses nothing', () => {
    const list = sites(1000);
    const chunks = chunkList(list, 'prefs.disabledSites.0');
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks)
      expect(itemBytes('prefs.disabledSites.0', chunk)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    expect(chunks.flat()).toEqual(list);
  });

  it('counts bytes, not characters, for names outside ASCII', () => {
    const names = Array.from({ length: 400 }, (_, i) => `Łódź Ōsaka Zürich ${i}`);
    for (const chunk of chunkList(names, 'prefs.hiddenNames.0'))
      expect(itemBytes('prefs.hiddenNames.0', chunk)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
  });

  it('stores only non-default values: defaults are one tiny header', () => {
    expect(encodeSettings(DEFAULT_SETTINGS)).toEqual({ prefs: { v: 2 } });
    expect(encodeSettings({ ...DEFAULT_SETTINGS, theme: 'dark', hiddenNames: ['Apple'] })).toEqual({
      prefs: { v: 2, theme: 'dark', lists: { hiddenNames: 1 } },
      'prefs.hiddenNames.0': ['Apple'],
    });
  });

  it('decodes what it encodes, and reports a missing chunk while keeping the rest', () => {
    const settings = { ...withSites(sites(600)), enabledSites: ['a.example'], threshold: 0.7 };
    const items = encodeSettings(settings);
    expect(validateSettings(decodeSettings(items).stored).settings).toEqual(settings);
    delete items['prefs.disabledSites.1'];
    const broken = decodeSettings(items);
    expect(broken.problems).toEqual(['disabledSites: chunk 1 is missing or not a list']);
    expect((broken.stored as Settings).disabledSites.length).toBeLessThan(600);
    expect((broken.stored as Settings).enabledSites).toEqual(['a.example']);
  });
});

describe('settings in storage.sync', () => {
  it('writes a long site list in chunks and reads it back whole', async () => {
    const settings = withSites(sites(1500));
    await saveSettings(settings);
    const stored = await fakeBrowser.storage.sync.get(null);
    const keys = Object.keys(stored).filter((key) => key.startsWith('prefs.disabledSites.'));
    expect(keys.length).toBeGreaterThan(5);
    for (const [key, value] of Object.entries(stored))
      expect(itemBytes(key, value)).toBeLessThanOrEqual(8192);
    expect(await loadSettings()).toEqual(settings);
  });

  it('removes chunks a shorter list no longer needs, and writes only the items that changed', async () => {
    await saveSettings(withSites(sites(1500)));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await saveSettings(withSites(sites(10)));
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual([
      'prefs',
      'prefs.disabledSites.0',
    ]);
    set.mockClear();
    await saveSettings({ ...withSites(sites(10)), theme: 'dark' });
    // The site list did not change, so only the header was written.
    expect(Object.keys(set.mock.calls[0]?.[0] ?? {})).toEqual(['prefs']);
  });

  it('keeps lists too large for sync (over 102,400 bytes) locally, without trying sync', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const settings = withSites(sites(5000));
    await saveSettings(settings);
    expect(set).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(settings);
    expect(await loadSettings()).toEqual(settings);
  });

  it('falls back to local storage when sync throws a quota error, and returns to sync later', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const settings = withSites(sites(300));
    await saveSettings(settings);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(settings);
    expect(await loadSettings()).toEqual(settings);
    const next = { ...settings, theme: 'light' as const };
    await saveSettings(next);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
    expect(await loadSettings()).toEqual(next);
  });

  it('tells watchers when a chunk alone changes (another browser synced a site)', async () => {
    await saveSettings(withSites(['a.example']));
    const seen: string[][] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.disabledSites));
    await fakeBrowser.storage.sync.set({ 'prefs.disabledSites.0': ['a.example', 'b.example'] });
    await vi.waitFor(() => expect(seen).toEqual([['a.example', 'b.example']]));
    unwatch();
  });
});

describe('migration from the format-1 settings item', () => {
  const legacy = {
    enabled: true,
    disabledSites: ['old.example.com'],
    siteMode: 'off-on-listed',
    enabledSites: [],
    hiddenNames: ['Jordan'],
    highlightStyle: 'underline',
    highlightAll: false,
    types: { person: true, place: true, organisation: true, event: false, other: true },
    hoverDelayMs: 700,
    threshold: 0.5,
    demonyms: true,
    theme: 'auto',
  };
  const expected = {
    ...DEFAULT_SETTINGS,
    disabledSites: ['old.example.com'],
    hiddenNames: ['Jordan'],
    types: { ...DEFAULT_SETTINGS.types, event: false },
    hoverDelayMs: 700,
    demonyms: true,
  };

  it('reads the old item before migrating, then rewrites it in the new layout and removes it', async () => {
    await fakeBrowser.storage.sync.set({ settings: legacy });
    expect(await loadSettings()).toEqual(expected);
    await migrateSettings();
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(stored.settings).toBeUndefined();
    expect(stored.prefs).toEqual({
      v: 2,
      types: expected.types,
      hoverDelayMs: 700,
      demonyms: true,
      lists: { disabledSites: 1, hiddenNames: 1 },
    });
    expect(await loadSettings()).toEqual(expected);
  });

  it('keeps the old item and copies the settings locally when sync refuses the new layout', async () => {
    await fakeBrowser.storage.sync.set({ settings: legacy });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('quota'));
    await migrateSettings();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(legacy);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(expected);
    expect(await loadSettings()).toEqual(expected);
  });

  it('keeps a format-1 local copy (written when sync failed) as the settings in force', async () => {
    await fakeBrowser.storage.local.set({ settings: legacy });
    await migrateSettings();
    expect(await loadSettings()).toEqual(expected);
  });

  it('does nothing when there is nothing to migrate', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await migrateSettings();
    expect(set).not.toHaveBeenCalled();
  });
});
