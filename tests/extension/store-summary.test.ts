import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compileStoreForEngine } from '@/engine/store-compile';
import { STORE_DETAILS_PATH, STORE_INDEX_PATH, STORE_PATH } from '@/engine/types';
import { loadStoreSummary, summariseStore } from '@/extension/store-summary';
import { miniStore } from '../fixtures/mini-store';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('store summary for the About section', () => {
  it('counts entities, measures the file and lists the sources', async () => {
    const text = JSON.stringify(miniStore());
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === fakeBrowser.runtime.getURL(STORE_PATH)
          ? new Response(text)
          : new Response('', { status: 404 }),
      ),
    );
    const summary = await loadStoreSummary();
    expect(summary?.entityCount).toBe(miniStore().entities.length);
    expect(summary?.bytes).toBe(new TextEncoder().encode(text).byteLength);
    expect(summary?.asOf).toBe('2026-01-01');
    expect(summary?.sources.map((s) => s.name)).toEqual([
      'world-countries',
      'WordNet 3.1',
      'Gloss news core',
    ]);
  });

  it('counts the entities of the split store and measures both its files', async () => {
    const { index, details } = compileStoreForEngine(miniStore());
    const bodies = new Map([
      [fakeBrowser.runtime.getURL(STORE_INDEX_PATH), JSON.stringify(index)],
      [fakeBrowser.runtime.getURL(STORE_DETAILS_PATH), JSON.stringify(details)],
    ]);
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async (url: string) => new Response(bodies.get(url) ?? '', { status: bodies.has(url) ? 200 : 404 }),
      ),
    );
    const summary = await loadStoreSummary();
    expect(summary?.entityCount).toBe(miniStore().entities.length);
    const bytes = [...bodies.values()].map((body) => new TextEncoder().encode(body).byteLength);
    expect(summary?.bytes).toBe(bytes.reduce((sum, n) => sum + n, 0));
  });

  it('drops malformed sources and gives null for something that is not a store', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = { ...miniStore(), sources: [...miniStore().sources, { key: 1 }] };
    expect(summariseStore(store, 10)?.sources).toHaveLength(3);
    expect(summariseStore({ entities: 'x' }, 10)).toBeNull();
  });

  it('gives null, with a warning, when the file is missing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    expect(await loadStoreSummary()).toBeNull();
    expect(warn).toHaveBeenCalled();
  });
});
