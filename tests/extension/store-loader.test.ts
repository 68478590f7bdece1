import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compileStoreForEngine } from '@/engine/store-compile';
import { splitStoreFile } from '@/engine/store-parts';
import { STORE_DETAILS_PATH, STORE_INDEX_PATH } from '@/engine/types';
import { createStoreLoader, fetchPackagedStore, withDetails } from '@/extension/store-loader';
import { miniStore } from '../fixtures/mini-store';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Every file of a store file as `kb build` writes it, split into parts when `split`. */
function storeFiles(path: string, value: unknown, split: boolean): [string, string][] {
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const name = path.slice(folder.length);
  // Limits small enough that the mini store is split as the real one is.
  const files = split
    ? splitStoreFile(name, JSON.stringify(value), 2000, 200)
    : new Map([[name, JSON.stringify(value)]]);
  return [...files].map(([file, text]) => [fakeBrowser.runtime.getURL(folder + file), text]);
}

/** Serves the store as the packaged extension would, counting requests per file. */
function serveFiles(details: unknown = compileStoreForEngine(miniStore()).details, split = false) {
  const { index } = compileStoreForEngine(miniStore());
  const bodies = new Map([
    ...storeFiles(STORE_INDEX_PATH, index, split),
    ...storeFiles(STORE_DETAILS_PATH, details, split),
  ]);
  const fetchMock = vi.fn(async (url: string) => {
    const body = bodies.get(url);
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return (path: string) =>
    fetchMock.mock.calls.filter(([url]) => url === fakeBrowser.runtime.getURL(path)).length;
}

describe('the background store loader', () => {
  it('starts from the index alone and reads the details once, on the first card', async () => {
    const requests = serveFiles();
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const store = await createStoreLoader()();
    expect(store?.hasDetails()).toBe(false);
    expect(store?.entities.find((e) => e.id === 'wc:russia')?.name).toBe('Russia');
    expect(requests(STORE_DETAILS_PATH)).toBe(0);
    const [first, second] = await Promise.all([withDetails(store), withDetails(store)]);
    expect(first?.byId('wc:russia')?.facts.length).toBeGreaterThan(0);
    expect(first?.byId('wc:russia')?.description).toBeTruthy();
    expect(second).toBe(first);
    expect(requests(STORE_INDEX_PATH)).toBe(1);
    expect(requests(STORE_DETAILS_PATH)).toBe(1);
  });

  it('reads a store split into parts, its long strings lifted into raw text', async () => {
    const requests = serveFiles(undefined, true);
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const store = await withDetails(await fetchPackagedStore());
    expect(requests(STORE_INDEX_PATH.replace('.json', '.part2.txt'))).toBe(1);
    expect(store?.lookup('moscow')?.length).toBeGreaterThan(0);
    expect(store?.byId('wc:russia')?.description).toBe(
      compileStoreForEngine(miniStore()).details.description.split('\n')[store?.indexOf('wc:russia') ?? -1],
    );
  });

  it('refuses a store split by an older build with a message that says to rebuild', async () => {
    serveFiles();
    const old = JSON.stringify({ format: 'gloss-parts/2', parts: ['gloss-index.part1.txt'] });
    const served = vi.mocked(fetch).getMockImplementation()!;
    vi.mocked(fetch).mockImplementation(async (url) =>
      String(url) === fakeBrowser.runtime.getURL(STORE_INDEX_PATH) ? new Response(old) : served(url),
    );
    await expect(fetchPackagedStore()).rejects.toThrow(/older build.*npm run kb -- build/);
  });

  it('keeps annotating when the details are broken, and says why', async () => {
    serveFiles({ format: 'nonsense' });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = await fetchPackagedStore();
    expect(await withDetails(store)).toBe(store);
    expect(store.hasDetails()).toBe(false);
    expect(String(error.mock.calls[0]?.[1])).toMatch(/Invalid knowledge store details: format/);
  });
});
