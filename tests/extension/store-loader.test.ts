import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compileStoreForEngine } from '@/engine/store-compile';
import { STORE_DETAILS_PATH, STORE_INDEX_PATH } from '@/engine/types';
import { createStoreLoader, fetchPackagedStore, withDetails } from '@/extension/store-loader';
import { miniStore } from '../fixtures/mini-store';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Serves the split store as the packaged extension would, counting requests per file. */
function serveFiles(details: unknown = compileStoreForEngine(miniStore()).details) {
  const { index } = compileStoreForEngine(miniStore());
  const bodies = new Map([
    [fakeBrowser.runtime.getURL(STORE_INDEX_PATH), JSON.stringify(index)],
    [fakeBrowser.runtime.getURL(STORE_DETAILS_PATH), JSON.stringify(details)],
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
    expect(store?.entities.find((e) => e.id === 'wc:russia')?.description).toBeTruthy();
    expect(requests(STORE_DETAILS_PATH)).toBe(0);
    const [first, second] = await Promise.all([withDetails(store), withDetails(store)]);
    expect(first?.byId('wc:russia')?.facts.length).toBeGreaterThan(0);
    expect(second).toBe(first);
    expect(requests(STORE_INDEX_PATH)).toBe(1);
    expect(requests(STORE_DETAILS_PATH)).toBe(1);
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
