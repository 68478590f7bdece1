/**
 * Issue 6, point 5, through the options page's import path (importPack: parse, then store): a
 * malformed file, an oversized one or a full storage never costs the reader a pack imported
 * before, and every pack that was accepted loads back whole.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importPack } from '@/extension/options-api';
import { loadPacks } from '@/extension/packs-storage';
import { randomPackFile, seededRng } from '../engine/pack-fuzz-cases';

const SEED = 20261129;
const GOOD_CSV = 'name,type,description\nAdaeze Okonkwo,person,<b>Our</b> team lead\n';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe(`importing malformed packs (seed ${SEED})`, () => {
  it('keeps every pack imported before, whatever fails, and each accepted pack loads back whole', async () => {
    expect(await importPack(GOOD_CSV, 'team.csv')).toMatchObject({ ok: true });
    const rng = seededRng(SEED);
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      const before = await loadPacks();
      const file = randomPackFile(rng);
      const result = await importPack(file.text, file.fileName);
      const after = await loadPacks();
      if (result.ok) {
        // Added at the end, nothing before it changed, and it reads back with all its entries.
        expect(after.slice(0, -1), `#${i}`).toEqual(before);
        expect(after.at(-1)?.entries.length, `#${i}`).toBe(result.pack.entryCount);
      } else {
        refused += 1;
        expect(after, `#${i} ${file.kind}`).toEqual(before);
      }
    }
    expect(refused).toBeGreaterThan(200);
    expect((await loadPacks())[0]?.entries[0]?.description).toBe('<b>Our</b> team lead');
  }, 60_000);

  it('refuses a 50,000-row pack for its size and keeps the packs stored before', async () => {
    await importPack(GOOD_CSV, 'team.csv');
    const before = await fakeBrowser.storage.local.get(null);
    const rows = Array.from({ length: 50_000 }, (_, i) => `Person ${i},person,Row ${i}`);
    const result = await importPack(['name,type,description', ...rows].join('\n'), 'big.csv');
    expect(result).toEqual({
      ok: false,
      problems: [{ line: null, code: 'TooManyEntries', args: ['50000', '20000'] }],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  }, 60_000);

  it('keeps the packs stored before when storage refuses the new one (quota)', async () => {
    await importPack(GOOD_CSV, 'team.csv');
    const before = await fakeBrowser.storage.local.get(null);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await importPack('name,type\nWidget Works,organisation\n', 'widgets.csv')).toMatchObject({
      ok: false,
      problems: [{ line: null, code: 'StorageFull' }],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect((await loadPacks()).map((pack) => pack.id)).toEqual(['team']);
  });
});
