import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importPack } from '@/extension/options-api';
import { createPackedStoreLoader } from '@/extension/pack-store';
import { MAX_PACKS, addPack, loadPacks, removePack, watchPacks } from '@/extension/packs-storage';
import { loadStore } from '@/engine/store';
import { miniStore } from '../fixtures/mini-store';

const CSV = 'name,type,description\nAdaeze Okonkwo,person,Our team lead\n';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'info').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pack storage', () => {
  it('imports a valid pack into storage.local, listed with its entries', async () => {
    const result = await importPack(CSV, 'team.csv');
    expect(result).toMatchObject({ ok: true, pack: { id: 'team', name: 'team', entryCount: 1 } });
    const [pack] = await loadPacks();
    expect(pack?.entries[0]?.description).toBe('Our team lead');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('rejects a malformed pack whole and changes nothing', async () => {
    await importPack(CSV, 'team.csv');
    const before = await fakeBrowser.storage.local.get(null);
    const result = await importPack(`${CSV}Paris,city,\n`, 'more.csv');
    expect(result).toEqual({
      ok: false,
      problems: [{ line: 3, code: 'BadType', args: ['city', expect.any(String)] }],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('keeps the packs stored before when storage refuses a new one', async () => {
    await importPack(CSV, 'team.csv');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await importPack(CSV, 'other.csv')).toEqual({
      ok: false,
      problems: [{ line: null, code: 'StorageFull', args: [] }],
    });
    expect((await loadPacks()).map((p) => p.id)).toEqual(['team']);
  });

  it('gives repeated names their own ids, refuses more than the limit, and removes by id', async () => {
    const pack = {
      name: 'Team',
      entries: [
        { name: 'A', type: 'person' as const, description: '', aliases: [], facts: [], wikipedia: null },
      ],
    };
    await addPack(pack);
    await addPack(pack);
    expect((await loadPacks()).map((p) => p.id)).toEqual(['team', 'team-2']);
    for (let i = 2; i < MAX_PACKS; i++) await addPack(pack);
    expect(await addPack(pack)).toEqual({ ok: false, reason: 'tooManyPacks' });
    await removePack('team');
    expect((await loadPacks()).map((p) => p.id).slice(0, 2)).toEqual(['team-2', 'team-3']);
  });

  it('validates stored packs on load: keeps the good entries and packs, reports the rest', async () => {
    await fakeBrowser.storage.local.set({
      packs: [
        {
          id: 'ok',
          name: 'OK',
          importedAt: '2026-11-01T00:00:00Z',
          entries: [
            { name: 'A', type: 'person' },
            { name: 'B', type: 'city' },
          ],
        },
        { id: 'Not An Id', name: 'Bad', entries: [] },
        'garbage',
      ],
    });
    const packs = await loadPacks();
    expect(packs.map((p) => [p.id, p.entries.map((e) => e.name)])).toEqual([['ok', ['A']]]);
    expect(console.warn).toHaveBeenCalled();
  });

  it('keeps a stored pack’s source address only when it is https, as at import', async () => {
    const pack = (id: string, url: string) => ({
      id,
      name: id,
      entries: [],
      url,
      licence: 'CC0',
      asOf: '2026',
    });
    await fakeBrowser.storage.local.set({
      packs: [pack('safe', 'https://example.org/team'), pack('edited', 'javascript:alert(1)')],
    });
    const [safe, edited] = await loadPacks();
    expect(safe).toMatchObject({ url: 'https://example.org/team', licence: 'CC0', asOf: '2026' });
    expect(edited?.url).toBeUndefined();
    expect(edited?.licence).toBe('CC0');
  });
});

describe('the background store with packs', () => {
  it('merges the stored packs and rebuilds when they change', async () => {
    await importPack(CSV, 'team.csv');
    const getStore = createPackedStoreLoader({
      loadBase: async () => loadStore(miniStore()),
      loadPacks,
      watchPacks,
    });
    expect((await getStore())?.byId('pack:team:adaeze-okonkwo')?.description).toBe('Our team lead');
    await removePack('team');
    await vi.waitFor(async () =>
      expect((await getStore())?.byId('pack:team:adaeze-okonkwo')).toBeUndefined(),
    );
    await importPack('name,type\nWidget Works,organisation\n', 'widgets.csv');
    await vi.waitFor(async () =>
      expect((await getStore())?.byId('pack:widgets:widget-works')?.name).toBe('Widget Works'),
    );
    expect((await getStore())?.byId('core:vladimir-putin')).toBeTruthy();
  });

  it('falls back to the packaged store when a pack cannot be merged', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = [{ id: 'x', name: 'X', importedAt: 'now', entries: [{ name: 'A', type: 'nope' }] }];
    const getStore = createPackedStoreLoader({
      loadBase: async () => loadStore(miniStore()),
      loadPacks: async () => broken as never,
      watchPacks: () => () => {},
    });
    const store = await getStore();
    expect(store?.byId('core:vladimir-putin')).toBeTruthy();
    expect(console.error).toHaveBeenCalled();
  });
});
