import type { BrowserContext, Page } from 'playwright-core';
import { readGlossHost, readGlossTimeline, readLoadMs, readLongTasks, watchLongTasks } from './probes';
import type { GlossTimeline } from './probes';
import { traceScriptCost } from './trace';
import type { ScriptCost } from './trace';

export interface PageRun {
  loadMs: number;
  heapBytes: number;
  longTasks: number[];
  /** Only with Gloss. */
  gloss: (GlossTimeline & { mentions: number; settled: boolean; script: ScriptCost }) | null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The tab's used JS heap after a full GC; content scripts' isolated worlds share the page's V8 isolate. */
async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Waits until Gloss reports `ready` and its mention count has not changed for `quietMs`: the page is
 * annotated and shown. False on timeout (the row is then marked as unsettled).
 */
async function waitForGloss(page: Page, timeoutMs: number, quietMs = 800): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  while (Date.now() < deadline) {
    const host = await page.evaluate(readGlossHost).catch(() => null);
    const key = JSON.stringify(host);
    if (key !== last) [last, since] = [key, Date.now()];
    else if (host?.state === 'ready' && Date.now() - since >= quietMs) return true;
    await sleep(100);
  }
  return false;
}

/** Loads one page in a fresh tab and measures it; `withGloss` also waits for and reads Gloss's timeline. */
export async function measurePage(
  context: BrowserContext,
  url: string,
  withGloss: boolean,
): Promise<PageRun> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.addInitScript(watchLongTasks);
    const stopTrace = await traceScriptCost(cdp, 'chrome-extension://');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // Without Gloss, the same quiet time as the longest wait with it, so both heaps are read alike.
    const settled = withGloss ? await waitForGloss(page, 30_000) : (await sleep(1000), true);
    const loadMs = await page.evaluate(readLoadMs);
    const longTasks = await page.evaluate(readLongTasks);
    const script = await stopTrace();
    const gloss = withGloss
      ? {
          ...(await page.evaluate(readGlossTimeline)),
          ...(await page.evaluate(readGlossHost)),
          settled,
          script,
        }
      : null;
    const heapBytes = await heapAfterGc(context, page);
    return { loadMs, heapBytes, longTasks, gloss };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
