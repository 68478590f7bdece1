import type { Worker } from 'playwright-core';
import type { BenchBrowser } from './browser';

const STORE_LOAD_MEASURE = 'gloss-store:load';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The store's load time as the background recorded it (extension/store-loader.ts), polled until present. */
export async function readStoreLoad(worker: Worker, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ms = await worker
      .evaluate((name) => performance.getEntriesByName(name)[0]?.duration ?? null, STORE_LOAD_MEASURE)
      .catch(() => null);
    if (ms !== null) return ms;
    await sleep(100);
  }
  // The store failed to load, or the build predates the measure: the budget line says OVER.
  console.error(
    'the background never recorded its store load time (did the store load? is the build current?)',
  );
  return NaN;
}

/**
 * Cold starts of the store in the real background, read from the background's own measure: one per
 * browser start (`launch`), since a Chromium service worker is not restarted by `runtime.reload()`.
 */
export async function measureColdStarts(
  launch: () => Promise<BenchBrowser>,
  runs: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const browser = await launch();
    try {
      times.push(await readStoreLoad(browser.worker!));
    } finally {
      await browser.close();
    }
  }
  return times;
}
