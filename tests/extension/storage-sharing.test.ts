import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLocalItem } from '@/extension/local-reads';
import { watchStorage } from '@/extension/storage-changes';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('storage.local reads asked for together', () => {
  it('go to the browser as one get, each caller receiving its own item', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false }, choices: { 'a.example': {} } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const [settings, choices, absent] = await Promise.all([
      readLocalItem('settings'),
      readLocalItem('choices'),
      readLocalItem('nothing'),
    ]);
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith(['settings', 'choices', 'nothing']);
    expect([settings, choices, absent]).toEqual([{ enabled: false }, { 'a.example': {} }, undefined]);
  });

  it('reads asked for in later tasks are new reads that see later writes', async () => {
    await fakeBrowser.storage.local.set({ settings: 1 });
    expect(await readLocalItem('settings')).toBe(1);
    await fakeBrowser.storage.local.set({ settings: 2 });
    expect(await readLocalItem('settings')).toBe(2);
  });

  it('a failed get rejects every read of its batch', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('no storage'));
    const reads = [readLocalItem('settings'), readLocalItem('choices')];
    for (const read of reads) await expect(read).rejects.toThrow('no storage');
  });
});

describe('storage watchers', () => {
  it('share one browser listener and each receives every change', async () => {
    const add = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const seen: string[] = [];
    watchStorage((changes, area) => seen.push(`first ${area} ${Object.keys(changes).join()}`));
    watchStorage((changes, area) => seen.push(`second ${area} ${Object.keys(changes).join()}`));
    expect(add).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ choices: {} });
    expect(seen).toEqual(['first local choices', 'second local choices']);
  });

  it('one watcher that throws does not keep the change from the others', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: string[] = [];
    watchStorage(() => {
      throw new Error('broken watcher');
    });
    watchStorage((changes) => seen.push(...Object.keys(changes)));
    await fakeBrowser.storage.sync.set({ prefs: {} });
    expect(seen).toEqual(['prefs']);
    expect(error).toHaveBeenCalled();
  });

  it('an unwatched watcher hears nothing more, and the listener goes with the last one', async () => {
    const remove = vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener');
    const seen: string[] = [];
    const unwatchFirst = watchStorage(() => seen.push('first'));
    const unwatchSecond = watchStorage(() => seen.push('second'));
    unwatchFirst();
    await fakeBrowser.storage.local.set({ a: 1 });
    expect(seen).toEqual(['second']);
    expect(remove).not.toHaveBeenCalled();
    unwatchSecond();
    expect(remove).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ a: 2 });
    expect(seen).toEqual(['second']);
  });
});
