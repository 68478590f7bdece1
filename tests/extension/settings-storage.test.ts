import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '@/engine/settings';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import { loadSettings, saveSettings, watchSettings } from '@/extension/settings-storage';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: false,
  disabledSites: ['news.example.com'],
  types: { ...DEFAULT_SETTINGS.types, event: false },
  hoverDelayMs: 250,
};

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('settings storage', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves to sync storage and loads the same settings back', async () => {
    await saveSettings(custom);
    expect(await loadSettings()).toEqual(custom);
    // Only what differs from the defaults goes to sync: the header and one chunk of sites.
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      prefs: { v: 2, enabled: false, types: custom.types, hoverDelayMs: 250, lists: { disabledSites: 1 } },
      'prefs.disabledSites.0': ['news.example.com'],
    });
  });

  it('repairs corrupt fields one by one and keeps every good one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // A value from before format 2 (one `settings` item), as an older version may have left it.
    await fakeBrowser.storage.sync.set({
      settings: {
        enabled: 'yes',
        disabledSites: ['Example.com', 42, 'bad host!'],
        types: { person: false, place: 'sometimes' },
        hoverDelayMs: 99999,
        threshold: 0.7,
        demonyms: true,
        theme: 'purple',
      },
    });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['example.com'],
      types: { ...DEFAULT_SETTINGS.types, person: false },
      threshold: 0.7,
      demonyms: true,
    });
    expect(warn).toHaveBeenCalledOnce();
    const problems = warn.mock.calls[0]?.[1] as string[];
    expect(problems.join('\n')).toMatch(/enabled[\s\S]*types\.place[\s\S]*hoverDelayMs[\s\S]*theme/);
  });

  it('falls back to defaults, with a warning, when the stored value is not an object', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalled();
  });

  it('keeps settings locally when sync storage refuses them, and returns to sync later', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const syncSet = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await saveSettings(custom);
    expect(await loadSettings()).toEqual(custom);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(custom);

    syncSet.mockRestore();
    const next = { ...custom, enabled: true };
    await saveSettings(next);
    expect(await loadSettings()).toEqual(next);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
  });

  it('uses defaults when storage cannot be read at all', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('no sync area'));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('no local area'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes from any context, validated', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    // Another context writes a value with one bad field.
    await fakeBrowser.storage.sync.set({
      prefs: { v: 2, enabled: false, threshold: 'high', lists: { disabledSites: 1 } },
      'prefs.disabledSites.0': ['news.example.com'],
    });
    await vi.waitFor(() =>
      expect(seen).toEqual([{ ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['news.example.com'] }]),
    );
    unwatch();
    await saveSettings(DEFAULT_SETTINGS);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(1);
  });
});
